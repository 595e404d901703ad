package se.kommunkollen.report;

import java.util.Collection;
import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

public interface ImportRunRepository extends ListCrudRepository<ImportRun, Long> {

	List<ImportRun> findByReportIdInOrderByImportedAtAscIdAsc(Collection<String> reportIds);

}
