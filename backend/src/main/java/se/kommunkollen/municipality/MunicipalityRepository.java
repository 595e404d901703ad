package se.kommunkollen.municipality;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface MunicipalityRepository extends ListCrudRepository<Municipality, String> {

	List<Municipality> findAllByOrderByName();

	@Query("""
			SELECT m.* FROM municipality m
			WHERE EXISTS (SELECT 1 FROM report r WHERE r.municipality_id = m.id)
			ORDER BY m.name
			""")
	List<Municipality> findAllWithReports();

}
