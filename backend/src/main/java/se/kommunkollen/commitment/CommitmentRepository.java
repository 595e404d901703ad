package se.kommunkollen.commitment;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface CommitmentRepository extends ListCrudRepository<Commitment, String> {

	List<Commitment> findByReportIdInOrderBySortOrder(Collection<String> reportIds);

	List<Commitment> findByGoalIdInOrderBySortOrder(Collection<String> goalIds);

	List<Commitment> findByAreaIdInOrderBySortOrder(Collection<String> areaIds);

	/** The rows matching a filter; null filter values match everything. */
	String MATCHING = """
			FROM commitment c JOIN report r ON r.id = c.report_id
			WHERE (CAST(:municipality AS VARCHAR(64)) IS NULL OR r.municipality_id = :municipality)
			  AND (CAST(:report AS VARCHAR(200)) IS NULL OR c.report_id = :report)
			  AND (CAST(:status AS VARCHAR(20)) IS NULL OR c.status_level = :status)
			  AND (CAST(:responsible AS VARCHAR(200)) IS NULL OR EXISTS (
			        SELECT 1 FROM commitment_responsible cr
			        WHERE cr.commitment_id = c.id AND LOWER(cr.label) = LOWER(:responsible)))
			  AND (CAST(:goal AS VARCHAR(200)) IS NULL OR c.goal_id = :goal)
			  AND (CAST(:area AS VARCHAR(200)) IS NULL OR c.area_id = :area)
			  AND (CAST(:reportYear AS INT) IS NULL OR r.report_year = :reportYear)
			""";

	/** One page of the commitments matching the filter, in a stable order. */
	@Query("SELECT c.* " + MATCHING + """
			ORDER BY r.municipality_id, r.report_year DESC, c.report_id, c.sort_order
			LIMIT :limit OFFSET :offset
			""")
	List<Commitment> search(String municipality, String report, String status, String responsible, String goal,
			String area, Integer reportYear, int limit, long offset);

	/** How many commitments match the filter. */
	@Query("SELECT COUNT(*) " + MATCHING)
	long countMatching(String municipality, String report, String status, String responsible, String goal, String area,
			Integer reportYear);

}
