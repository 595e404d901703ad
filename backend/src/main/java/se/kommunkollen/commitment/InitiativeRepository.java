package se.kommunkollen.commitment;

import java.util.Collection;
import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

public interface InitiativeRepository extends ListCrudRepository<Initiative, String> {

	List<Initiative> findByReportIdInOrderBySortOrder(Collection<String> reportIds);

	List<Initiative> findByGoalIdInOrderBySortOrder(Collection<String> goalIds);

}
