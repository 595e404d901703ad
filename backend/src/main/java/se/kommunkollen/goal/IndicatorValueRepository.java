package se.kommunkollen.goal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

interface IndicatorValueRepository extends Repository<IndicatorValue, Long> {

	/** The values of every indicator of the reports, each indicator's in order. */
	@Query("""
			SELECT v.* FROM indicator_value v JOIN indicator i ON i.id = v.indicator_id
			WHERE i.report_id IN (:reportIds)
			ORDER BY v.indicator_id, v.sort_order
			""")
	List<IndicatorValue> findOfReports(Collection<String> reportIds);

}
