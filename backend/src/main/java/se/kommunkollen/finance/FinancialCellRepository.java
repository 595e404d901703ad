package se.kommunkollen.finance;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

interface FinancialCellRepository extends Repository<FinancialCell, Long> {

	/** The cells of every row of the reports, each row's in column order. */
	@Query("""
			SELECT c.* FROM financial_cell c JOIN financial_row r ON r.id = c.row_id
			WHERE r.report_id IN (:reportIds)
			ORDER BY c.row_id, c.column_index
			""")
	List<FinancialCell> findOfReports(Collection<String> reportIds);

}
