package se.kommunkollen.finance;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

interface FinancialColumnRepository extends Repository<FinancialColumn, Long> {

	/** The columns of every statement of the reports, each statement's left to right. */
	@Query("""
			SELECT c.* FROM financial_column c JOIN financial_statement s ON s.id = c.statement_id
			WHERE s.report_id IN (:reportIds)
			ORDER BY c.statement_id, c.column_index
			""")
	List<FinancialColumn> findOfReports(Collection<String> reportIds);

}
