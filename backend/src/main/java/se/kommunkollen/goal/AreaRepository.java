package se.kommunkollen.goal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

public interface AreaRepository extends ListCrudRepository<Area, String> {

	List<Area> findByReportIdInOrderBySortOrder(Collection<String> reportIds);

}
