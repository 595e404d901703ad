package se.kommunkollen.report;

import java.util.Collection;
import java.util.List;

import org.springframework.data.repository.Repository;

interface ImportWarningRepository extends Repository<ImportWarning, Long> {

	List<ImportWarning> findByReportIdInOrderBySortOrder(Collection<String> reportIds);

}
