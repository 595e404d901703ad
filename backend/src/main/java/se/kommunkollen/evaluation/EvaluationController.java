package se.kommunkollen.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import se.kommunkollen.api.ByKey;
import se.kommunkollen.municipality.Municipality;
import se.kommunkollen.municipality.MunicipalityRepository;
import se.kommunkollen.report.Report;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;

@Controller
class EvaluationController {

	private final EvaluationRepository evaluations;

	private final EvaluationAreaRepository areas;

	private final EvaluationQuestionRepository questions;

	private final EvaluationFindingRepository findings;

	private final MunicipalityRepository municipalities;

	EvaluationController(EvaluationRepository evaluations, EvaluationAreaRepository areas,
			EvaluationQuestionRepository questions, EvaluationFindingRepository findings,
			MunicipalityRepository municipalities) {
		this.evaluations = evaluations;
		this.areas = areas;
		this.questions = questions;
		this.findings = findings;
		this.municipalities = municipalities;
	}

	@QueryMapping
	List<Evaluation> evaluations(@Argument String municipality, @Argument Integer year) {
		return this.evaluations.search(municipality, year);
	}

	@QueryMapping
	Evaluation evaluation(@Argument String id) {
		return this.evaluations.findById(id).orElse(null);
	}

	@QueryMapping
	EvaluationComparison evaluationComparison(@Argument List<String> municipalities, @Argument Integer year) {
		Map<String, Evaluation> latestByMunicipality = new LinkedHashMap<>();
		for (Evaluation evaluation : this.evaluations.search(null, year)) {
			if (municipalities == null || municipalities.contains(evaluation.municipalityId())) {
				latestByMunicipality.putIfAbsent(evaluation.municipalityId(), evaluation);
			}
		}
		List<Evaluation> compared = List.copyOf(latestByMunicipality.values());
		Map<String, List<EvaluationArea>> areasByEvaluation = this.areas
			.findByEvaluationIdInOrderByNumber(ByKey.keys(compared, Evaluation::id))
			.stream()
			.collect(groupingBy(EvaluationArea::evaluationId));
		return EvaluationComparison.of(compared, areasByEvaluation);
	}

	@BatchMapping(typeName = "Municipality", field = "evaluations")
	Map<Municipality, List<Evaluation>> evaluationsOfMunicipalities(List<Municipality> municipalities) {
		return ByKey.children(municipalities, Municipality::id, this.evaluations::findByMunicipalityIdInOrderByYearDesc,
				Evaluation::municipalityId);
	}

	@BatchMapping(typeName = "Report", field = "evaluation")
	Map<Report, Evaluation> evaluationOfReports(List<Report> reports) {
		return ByKey.parent(reports, Report::id, this.evaluations::findByReportIdIn, Evaluation::reportId);
	}

	@BatchMapping(typeName = "Evaluation", field = "municipality")
	Map<Evaluation, Municipality> municipalityOfEvaluations(List<Evaluation> evaluations) {
		return ByKey.parent(evaluations, Evaluation::municipalityId, this.municipalities::findAllById,
				Municipality::id);
	}

	@BatchMapping(typeName = "AreaScore", field = "municipality")
	Map<EvaluationComparison.AreaScore, Municipality> municipalityOfScores(
			List<EvaluationComparison.AreaScore> scores) {
		return ByKey.parent(scores, EvaluationComparison.AreaScore::municipalityId, this.municipalities::findAllById,
				Municipality::id);
	}

	@BatchMapping(typeName = "Evaluation", field = "areas")
	Map<Evaluation, List<EvaluationArea>> areasOfEvaluations(List<Evaluation> evaluations) {
		return ByKey.children(evaluations, Evaluation::id, this.areas::findByEvaluationIdInOrderByNumber,
				EvaluationArea::evaluationId);
	}

	@BatchMapping
	Map<EvaluationArea, List<EvaluationQuestion>> questions(List<EvaluationArea> areas) {
		return ByKey.children(areas, EvaluationArea::id, this.questions::findByAreaIdInOrderBySortOrder,
				EvaluationQuestion::areaId);
	}

	@BatchMapping
	Map<EvaluationArea, List<String>> strengths(List<EvaluationArea> areas) {
		return findings(areas, EvaluationFinding.Kind.STRENGTH);
	}

	@BatchMapping
	Map<EvaluationArea, List<String>> improvements(List<EvaluationArea> areas) {
		return findings(areas, EvaluationFinding.Kind.IMPROVEMENT);
	}

	private Map<EvaluationArea, List<String>> findings(List<EvaluationArea> areas, EvaluationFinding.Kind kind) {
		return ByKey.lists(areas, EvaluationArea::id,
				this.findings.findByAreaIdInAndKindOrderBySortOrder(ByKey.keys(areas, EvaluationArea::id), kind)
					.stream()
					.collect(groupingBy(EvaluationFinding::areaId, mapping(EvaluationFinding::text, toList()))));
	}

}
