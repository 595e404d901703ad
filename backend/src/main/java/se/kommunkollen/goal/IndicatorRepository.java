package se.kommunkollen.goal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface IndicatorRepository extends ListCrudRepository<Indicator, String> {

	List<Indicator> findByReportIdInOrderBySortOrder(Collection<String> reportIds);

	/** The rows matching a filter; null filter values match everything. */
	String MATCHING = """
			FROM indicator i JOIN report r ON r.id = i.report_id
			WHERE (CAST(:municipality AS VARCHAR(64)) IS NULL OR r.municipality_id = :municipality)
			  AND (CAST(:report AS VARCHAR(200)) IS NULL OR i.report_id = :report)
			  AND (CAST(:level AS VARCHAR(20)) IS NULL OR i.indicator_level = :level)
			  AND (CAST(:goal AS VARCHAR(200)) IS NULL OR i.goal_id = :goal)
			  AND (CAST(:reportYear AS INT) IS NULL OR r.report_year = :reportYear)
			""";

	/** One page of the indicators matching the filter, in a stable order. */
	@Query("SELECT i.* " + MATCHING + """
			ORDER BY r.municipality_id, r.report_year DESC, i.report_id, i.sort_order
			LIMIT :limit OFFSET :offset
			""")
	List<Indicator> search(String municipality, String report, String level, String goal, Integer reportYear, int limit,
			long offset);

	/** How many indicators match the filter. */
	@Query("SELECT COUNT(*) " + MATCHING)
	long countMatching(String municipality, String report, String level, String goal, Integer reportYear);

}
