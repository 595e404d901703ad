package se.kommunkollen.finance;

import java.util.Collection;
import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

public interface FinancialStatementRepository extends ListCrudRepository<FinancialStatement, String> {

	List<FinancialStatement> findByReportIdInOrderBySortOrder(Collection<String> reportIds);

}
