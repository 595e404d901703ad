package se.kommunkollen.goal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import se.kommunkollen.report.ReportPart;

import static java.util.stream.Collectors.groupingBy;

/** Reads {@link ReportGoals} with three statements for any number of reports. */
@Component
class ReportGoalsPart implements ReportPart<ReportGoals> {

	private final GoalRepository goals;

	private final IndicatorRepository indicators;

	private final IndicatorValueRepository values;

	ReportGoalsPart(GoalRepository goals, IndicatorRepository indicators, IndicatorValueRepository values) {
		this.goals = goals;
		this.indicators = indicators;
		this.values = values;
	}

	@Override
	public Map<String, ReportGoals> load(Collection<String> reportIds) {
		Map<String, List<Goal>> goals = this.goals.findByReportIdInOrderBySortOrder(reportIds)
			.stream()
			.collect(groupingBy(Goal::reportId));
		Map<String, List<Indicator>> indicators = this.indicators.findByReportIdInOrderBySortOrder(reportIds)
			.stream()
			.collect(groupingBy(Indicator::reportId));
		Map<String, List<IndicatorValue>> values = this.values.findOfReports(reportIds)
			.stream()
			.collect(groupingBy(IndicatorValue::indicatorId));
		Map<String, ReportGoals> parts = new LinkedHashMap<>();
		for (String reportId : reportIds) {
			List<Goal> goalsOfReport = goals.getOrDefault(reportId, List.of());
			List<Indicator> indicatorsOfReport = indicators.getOrDefault(reportId, List.of());
			if (goalsOfReport.isEmpty() && indicatorsOfReport.isEmpty()) {
				parts.put(reportId, ReportGoals.EMPTY);
				continue;
			}
			Map<String, List<IndicatorValue>> valuesOfReport = new HashMap<>();
			for (Indicator indicator : indicatorsOfReport) {
				List<IndicatorValue> list = values.get(indicator.id());
				if (list != null) {
					valuesOfReport.put(indicator.id(), List.copyOf(list));
				}
			}
			parts.put(reportId, new ReportGoals(List.copyOf(goalsOfReport), Map.copyOf(index(goalsOfReport, Goal::id)),
					List.copyOf(indicatorsOfReport), byGoal(indicatorsOfReport), Map.copyOf(valuesOfReport)));
		}
		return parts;
	}

	@Override
	public long bytes(ReportGoals part) {
		return part.bytes();
	}

	private static Map<String, List<Indicator>> byGoal(List<Indicator> indicators) {
		Map<String, List<Indicator>> byGoal = new HashMap<>();
		for (Indicator indicator : indicators) {
			if (indicator.goalId() != null) {
				byGoal.computeIfAbsent(indicator.goalId(), (id) -> new ArrayList<>()).add(indicator);
			}
		}
		Map<String, List<Indicator>> immutable = new HashMap<>();
		byGoal.forEach((goalId, list) -> immutable.put(goalId, List.copyOf(list)));
		return Map.copyOf(immutable);
	}

	private static <T> Map<String, T> index(List<T> records, Function<T, String> id) {
		Map<String, T> index = new HashMap<>();
		records.forEach((record) -> index.put(id.apply(record), record));
		return index;
	}

}
