package se.kommunkollen.account;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ApiTokenRepository extends ListCrudRepository<ApiToken, Long> {

	Optional<ApiToken> findByTokenHash(String tokenHash);

	List<ApiToken> findByAccountIdOrderById(long accountId);

	@Modifying
	@Query("UPDATE api_token SET revoked_at = :at WHERE id = :id AND revoked_at IS NULL")
	int revoke(long id, OffsetDateTime at);

	/** Records the use unless one was recorded after {@code since}. */
	@Modifying
	@Query("""
			UPDATE api_token SET last_used_at = :at
			WHERE id = :id AND (last_used_at IS NULL OR last_used_at < :since)
			""")
	int recordUse(long id, OffsetDateTime at, OffsetDateTime since);

}
