package se.kommunkollen.finance;

import java.util.Collection;
import java.util.List;

import org.springframework.data.repository.Repository;

interface FinancialColumnRepository extends Repository<FinancialColumn, Long> {

	List<FinancialColumn> findByStatementIdInOrderByColumnIndex(Collection<String> statementIds);

}
