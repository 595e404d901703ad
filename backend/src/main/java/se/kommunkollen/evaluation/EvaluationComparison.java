package se.kommunkollen.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Kommunkompassen compared across municipalities, area by area. */
public record EvaluationComparison(List<Evaluation> evaluations, List<AreaComparison> areas) {

	public record AreaComparison(int number, String name, int maxScore, List<AreaScore> scores) {

		public BigDecimal average() {
			if (this.scores.isEmpty()) {
				return null;
			}
			int total = this.scores.stream().mapToInt(AreaScore::score).sum();
			return BigDecimal.valueOf(total).divide(BigDecimal.valueOf(this.scores.size()), 1, RoundingMode.HALF_UP);
		}

	}

	/** municipalityId is resolved to a Municipality by a batch mapping. */
	public record AreaScore(String municipalityId, int year, int score) {
	}

	static EvaluationComparison of(List<Evaluation> evaluations, Map<String, List<EvaluationArea>> areasByEvaluation) {
		Map<Integer, List<AreaScore>> scores = new TreeMap<>();
		Map<Integer, EvaluationArea> firstOfNumber = new TreeMap<>();
		for (Evaluation evaluation : evaluations) {
			for (EvaluationArea area : areasByEvaluation.getOrDefault(evaluation.id(), List.of())) {
				firstOfNumber.putIfAbsent(area.number(), area);
				scores.computeIfAbsent(area.number(), (n) -> new ArrayList<>())
					.add(new AreaScore(evaluation.municipalityId(), evaluation.year(), area.score()));
			}
		}
		List<AreaComparison> areas = new ArrayList<>();
		firstOfNumber.forEach((number, area) -> areas
			.add(new AreaComparison(number, area.name(), area.maxScore(), scores.get(number))));
		return new EvaluationComparison(evaluations, areas);
	}

}
