package se.kommunkollen.finance;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface FinancialStatementRepository extends ListCrudRepository<FinancialStatement, String> {

	List<FinancialStatement> findByReportIdInOrderBySortOrder(Collection<String> reportIds);

	/** The report of a statement, without a transaction. */
	@Query("SELECT report_id FROM financial_statement WHERE id = :id")
	Optional<String> findReportIdById(String id);

}
