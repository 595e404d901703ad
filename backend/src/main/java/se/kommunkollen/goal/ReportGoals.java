package se.kommunkollen.goal;

import java.util.List;
import java.util.Map;

import se.kommunkollen.report.RecordSizes;

/**
 * The goals of one report with their indicators and the indicators' values, in document
 * order, as kept by {@link se.kommunkollen.report.ReportCache}. Immutable.
 */
record ReportGoals(List<Goal> goals, Map<String, Goal> goalsById, List<Indicator> indicators,
		Map<String, List<Indicator>> indicatorsByGoal, Map<String, List<IndicatorValue>> valuesByIndicator) {

	static final ReportGoals EMPTY = new ReportGoals(List.of(), Map.of(), List.of(), Map.of(), Map.of());

	List<Indicator> indicatorsOf(String goalId) {
		return this.indicatorsByGoal.getOrDefault(goalId, List.of());
	}

	List<IndicatorValue> valuesOf(String indicatorId) {
		return this.valuesByIndicator.getOrDefault(indicatorId, List.of());
	}

	long bytes() {
		// The maps hold the same records as the lists: count their entries, not the
		// records
		// again.
		long entries = this.goalsById.size() + this.indicatorsByGoal.size() + this.indicators.size();
		return RecordSizes.of(this.goals) + RecordSizes.of(this.indicators)
				+ RecordSizes.ofLists(this.valuesByIndicator) + 48 * entries;
	}

}
