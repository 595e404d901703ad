package se.kommunkollen.evaluation;

import java.util.Collection;
import java.util.List;

import org.springframework.data.repository.Repository;

interface EvaluationAreaRepository extends Repository<EvaluationArea, String> {

	List<EvaluationArea> findByEvaluationIdInOrderByNumber(Collection<String> evaluationIds);

}
