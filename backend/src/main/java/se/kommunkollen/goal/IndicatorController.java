package se.kommunkollen.goal;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import graphql.GraphQLContext;

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
import se.kommunkollen.report.ReportCache;

@Controller
class IndicatorController {

	private final IndicatorRepository indicators;

	private final GoalRepository goals;

	private final ReportCache cache;

	private final ReportGoalsPart part;

	IndicatorController(IndicatorRepository indicators, GoalRepository goals, ReportCache cache, ReportGoalsPart part) {
		this.indicators = indicators;
		this.goals = goals;
		this.cache = cache;
		this.part = part;
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
	Map<Report, List<Indicator>> indicatorsOfReports(List<Report> reports, GraphQLContext context) {
		Map<String, ReportGoals> parts = this.cache.get(this.part, ByKey.keys(reports, Report::id), context);
		return ByKey.each(reports, (report) -> parts.get(report.id()).indicators());
	}

	@BatchMapping(typeName = "Goal", field = "indicators")
	Map<Goal, List<Indicator>> indicatorsOfGoals(List<Goal> goals, GraphQLContext context) {
		Map<String, ReportGoals> parts = this.cache.get(this.part, ByKey.keys(goals, Goal::reportId), context);
		return ByKey.each(goals, (goal) -> parts.get(goal.reportId()).indicatorsOf(goal.id()));
	}

	@BatchMapping
	Map<Indicator, List<IndicatorValue>> values(List<Indicator> indicators, GraphQLContext context) {
		Map<String, ReportGoals> parts = this.cache.get(this.part, ByKey.keys(indicators, Indicator::reportId),
				context);
		return ByKey.each(indicators, (indicator) -> parts.get(indicator.reportId()).valuesOf(indicator.id()));
	}

	@BatchMapping
	Map<Indicator, Goal> goal(List<Indicator> indicators) {
		return ByKey.parent(indicators, Indicator::goalId, this.goals::findAllById, Goal::id);
	}

}
