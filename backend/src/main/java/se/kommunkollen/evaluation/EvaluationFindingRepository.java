package se.kommunkollen.evaluation;

import java.util.Collection;
import java.util.List;

import org.springframework.data.repository.Repository;

interface EvaluationFindingRepository extends Repository<EvaluationFinding, Long> {

	List<EvaluationFinding> findByAreaIdInAndKindOrderBySortOrder(Collection<String> areaIds,
			EvaluationFinding.Kind kind);

}
