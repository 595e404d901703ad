package se.kommunkollen.evaluation;

import java.util.Collection;
import java.util.List;

import org.springframework.data.repository.Repository;

interface EvaluationQuestionRepository extends Repository<EvaluationQuestion, String> {

	List<EvaluationQuestion> findByAreaIdInOrderBySortOrder(Collection<String> areaIds);

}
