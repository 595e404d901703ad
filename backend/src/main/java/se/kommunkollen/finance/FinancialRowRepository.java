package se.kommunkollen.finance;

import java.util.Collection;
import java.util.List;

import org.springframework.data.repository.Repository;

interface FinancialRowRepository extends Repository<FinancialRow, String> {

	List<FinancialRow> findByReportIdInOrderByRowIndex(Collection<String> reportIds);

}
