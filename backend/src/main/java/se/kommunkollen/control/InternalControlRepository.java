package se.kommunkollen.control;

import java.util.Collection;
import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

public interface InternalControlRepository extends ListCrudRepository<InternalControl, String> {

	List<InternalControl> findByReportIdInOrderBySortOrder(Collection<String> reportIds);

}
