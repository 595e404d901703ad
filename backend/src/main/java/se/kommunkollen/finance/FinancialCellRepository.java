package se.kommunkollen.finance;

import java.util.Collection;
import java.util.List;

import org.springframework.data.repository.Repository;

interface FinancialCellRepository extends Repository<FinancialCell, Long> {

	List<FinancialCell> findByRowIdInOrderByColumnIndex(Collection<String> rowIds);

}
