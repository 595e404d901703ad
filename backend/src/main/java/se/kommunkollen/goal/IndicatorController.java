package se.kommunkollen.goal;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

import se.kommunkollen.api.ByKey;
import se.kommunkollen.api.ConnectionFilter;
import se.kommunkollen.api.Page;
import se.kommunkollen.report.Report;

@Controller
class IndicatorController {

	private final IndicatorRepository indicators;

	private final IndicatorValueRepository values;

	private final GoalRepository goals;

	IndicatorController(IndicatorRepository indicators, IndicatorValueRepository values, GoalRepository goals) {
		this.indicators = indicators;
		this.values = values;
		this.goals = goals;
	}

	@QueryMapping
	Window<Indicator> indicators(ScrollSubrange subrange, @Argument IndicatorFilter filter) {
		IndicatorFilter f = (filter != null) ? filter : IndicatorFilter.NONE;
		return Page.of(subrange, () -> count(f))
			.fetch((limit, offset) -> this.indicators.search(f.municipality(), f.report(),
					GoalController.name(f.level()), f.goal(), f.year(), limit, offset));
	}

	@SchemaMapping(typeName = "IndicatorConnection")
	long totalCount(DataFetchingEnvironment environment) {
		return count(ConnectionFilter.of(environment, IndicatorFilter.class, IndicatorFilter.NONE));
	}

	private long count(IndicatorFilter f) {
		return this.indicators.countMatching(f.municipality(), f.report(), GoalController.name(f.level()), f.goal(),
				f.year());
	}

	@QueryMapping
	Indicator indicator(@Argument String id) {
		return this.indicators.findById(id).orElse(null);
	}

	@BatchMapping(typeName = "Report", field = "indicators")
	Map<Report, List<Indicator>> indicatorsOfReports(List<Report> reports) {
		return ByKey.children(reports, Report::id, this.indicators::findByReportIdInOrderBySortOrder,
				Indicator::reportId);
	}

	@BatchMapping(typeName = "Goal", field = "indicators")
	Map<Goal, List<Indicator>> indicatorsOfGoals(List<Goal> goals) {
		return ByKey.children(goals, Goal::id, this.indicators::findByGoalIdInOrderBySortOrder, Indicator::goalId);
	}

	@BatchMapping
	Map<Indicator, List<IndicatorValue>> values(List<Indicator> indicators) {
		return ByKey.children(indicators, Indicator::id, this.values::findByIndicatorIdInOrderBySortOrder,
				IndicatorValue::indicatorId);
	}

	@BatchMapping
	Map<Indicator, Goal> goal(List<Indicator> indicators) {
		return ByKey.parent(indicators, Indicator::goalId, this.goals::findAllById, Goal::id);
	}

}
