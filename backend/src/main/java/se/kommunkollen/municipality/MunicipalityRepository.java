package se.kommunkollen.municipality;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

public interface MunicipalityRepository extends ListCrudRepository<Municipality, String> {

	/**
	 * One read needs no transaction (the default opens one: BEGIN and COMMIT per call).
	 */
	@Override
	@Transactional(propagation = Propagation.SUPPORTS)
	Optional<Municipality> findById(String id);

	List<Municipality> findAllByOrderByName();

	@Query("""
			SELECT m.* FROM municipality m
			WHERE EXISTS (SELECT 1 FROM report r WHERE r.municipality_id = m.id)
			ORDER BY m.name
			""")
	List<Municipality> findAllWithReports();

}
