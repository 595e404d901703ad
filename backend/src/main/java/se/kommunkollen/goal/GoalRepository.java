package se.kommunkollen.goal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface GoalRepository extends ListCrudRepository<Goal, String> {

	List<Goal> findByReportIdInOrderBySortOrder(Collection<String> reportIds);

	List<Goal> findByAreaIdInOrderBySortOrder(Collection<String> areaIds);

	List<Goal> findByParentGoalIdInOrderBySortOrder(Collection<String> parentIds);

	/** The report of a goal, without a transaction. */
	@Query("SELECT report_id FROM goal WHERE id = :id")
	Optional<String> findReportIdById(String id);

	/** The rows matching a filter; null filter values match everything. */
	String MATCHING = """
			FROM goal g JOIN report r ON r.id = g.report_id
			WHERE (CAST(:municipality AS VARCHAR(64)) IS NULL OR r.municipality_id = :municipality)
			  AND (CAST(:report AS VARCHAR(200)) IS NULL OR g.report_id = :report)
			  AND (CAST(:level AS VARCHAR(20)) IS NULL OR g.goal_level = :level)
			  AND (CAST(:assessment AS VARCHAR(20)) IS NULL OR g.assessment_level = :assessment)
			  AND (CAST(:area AS VARCHAR(200)) IS NULL OR g.area_id = :area)
			  AND (CAST(:reportYear AS INT) IS NULL OR r.report_year = :reportYear)
			""";

	/** One page of the goals matching the filter, in a stable order. */
	@Query("SELECT g.* " + MATCHING + """
			ORDER BY r.municipality_id, r.report_year DESC, g.report_id, g.sort_order
			LIMIT :limit OFFSET :offset
			""")
	List<Goal> search(String municipality, String report, String level, String assessment, String area,
			Integer reportYear, int limit, long offset);

	/** How many goals match the filter. */
	@Query("SELECT COUNT(*) " + MATCHING)
	long countMatching(String municipality, String report, String level, String assessment, String area,
			Integer reportYear);

}
