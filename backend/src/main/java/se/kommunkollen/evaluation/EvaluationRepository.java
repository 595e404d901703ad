package se.kommunkollen.evaluation;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface EvaluationRepository extends ListCrudRepository<Evaluation, String> {

	List<Evaluation> findByMunicipalityIdInOrderByYearDesc(Collection<String> municipalityIds);

	List<Evaluation> findByReportIdIn(Collection<String> reportIds);

	@Query("""
			SELECT * FROM evaluation
			WHERE (CAST(:municipality AS VARCHAR(64)) IS NULL OR municipality_id = :municipality)
			  AND (CAST(:evaluationYear AS INT) IS NULL OR evaluation_year = :evaluationYear)
			ORDER BY evaluation_year DESC, municipality_id
			""")
	List<Evaluation> search(String municipality, Integer evaluationYear);

}
