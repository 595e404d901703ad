package se.kommunkollen.goal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.repository.Repository;

interface IndicatorValueRepository extends Repository<IndicatorValue, Long> {

	List<IndicatorValue> findByIndicatorIdInOrderBySortOrder(Collection<String> indicatorIds);

}
