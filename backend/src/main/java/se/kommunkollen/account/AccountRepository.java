package se.kommunkollen.account;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface AccountRepository extends ListCrudRepository<Account, Long> {

	Optional<Account> findByEmail(String email);

	List<Account> findAllByOrderByEmail();

	/**
	 * Counts a wrong password; the failure that reaches the limit locks the account until
	 * the given time and starts the count again.
	 */
	@Modifying
	@Query("""
			UPDATE account
			SET failed_attempts = CASE WHEN failed_attempts + 1 >= :limit THEN 0 ELSE failed_attempts + 1 END,
			    locked_until = CASE WHEN failed_attempts + 1 >= :limit THEN :lockedUntil ELSE locked_until END
			WHERE id = :id
			""")
	int countFailure(long id, int limit, OffsetDateTime lockedUntil);

	@Modifying
	@Query("UPDATE account SET failed_attempts = 0, locked_until = NULL WHERE id = :id")
	int unlock(long id);

	@Modifying
	@Query("UPDATE account SET enabled = :enabled WHERE id = :id")
	int setEnabled(long id, boolean enabled);

	@Query("SELECT COUNT(*) FROM account WHERE id = :id AND enabled")
	int countEnabled(long id);

}
