package se.kommunkollen.goal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

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
import se.kommunkollen.report.PublishedLookups;
import se.kommunkollen.report.Report;
import se.kommunkollen.report.ReportCache;

@Controller
class GoalController {

	private final GoalRepository goals;

	private final AreaRepository areas;

	private final ReportCache cache;

	private final ReportGoalsPart part;

	private final PublishedLookups lookups;

	GoalController(GoalRepository goals, AreaRepository areas, ReportCache cache, ReportGoalsPart part,
			PublishedLookups lookups) {
		this.goals = goals;
		this.lookups = lookups;
		this.areas = areas;
		this.cache = cache;
		this.part = part;
	}

	@QueryMapping
	Window<Goal> goals(ScrollSubrange subrange, @Argument GoalFilter filter) {
		GoalFilter f = (filter != null) ? filter : GoalFilter.NONE;
		return Page.of(subrange, () -> count(f))
			.fetch((limit, offset) -> this.goals.search(f.municipality(), f.report(), name(f.level()),
					name(f.assessment()), f.area(), f.year(), limit, offset));
	}

	@SchemaMapping(typeName = "GoalConnection")
	long totalCount(DataFetchingEnvironment environment) {
		return count(ConnectionFilter.of(environment, GoalFilter.class, GoalFilter.NONE));
	}

	private long count(GoalFilter f) {
		return this.goals.countMatching(f.municipality(), f.report(), name(f.level()), name(f.assessment()), f.area(),
				f.year());
	}

	@QueryMapping
	Goal goal(@Argument String id, GraphQLContext context) {
		Optional<String> report = this.lookups.get("reportOfGoal", id, context, () -> this.goals.findReportIdById(id));
		return report
			.map((reportId) -> this.cache.get(this.part, List.of(reportId), context).get(reportId).goalsById().get(id))
			.orElse(null);
	}

	@BatchMapping(typeName = "Report", field = "goals")
	Map<Report, List<Goal>> goalsOfReports(List<Report> reports, GraphQLContext context) {
		Map<String, ReportGoals> parts = this.cache.get(this.part, ByKey.keys(reports, Report::id), context);
		return ByKey.each(reports, (report) -> parts.get(report.id()).goals());
	}

	@BatchMapping(typeName = "Report", field = "areas")
	Map<Report, List<Area>> areasOfReports(List<Report> reports) {
		return ByKey.children(reports, Report::id, this.areas::findByReportIdInOrderBySortOrder, Area::reportId);
	}

	@BatchMapping(typeName = "Area", field = "goals")
	Map<Area, List<Goal>> goalsOfAreas(List<Area> areas) {
		return ByKey.children(areas, Area::id, this.goals::findByAreaIdInOrderBySortOrder, Goal::areaId);
	}

	@BatchMapping
	Map<Goal, Area> area(List<Goal> goals) {
		return ByKey.parent(goals, Goal::areaId, this.areas::findAllById, Area::id);
	}

	@BatchMapping
	Map<Goal, Goal> parent(List<Goal> goals) {
		return ByKey.parent(goals, Goal::parentGoalId, this.goals::findAllById, Goal::id);
	}

	@BatchMapping
	Map<Goal, List<Goal>> subGoals(List<Goal> goals) {
		return ByKey.children(goals, Goal::id, this.goals::findByParentGoalIdInOrderBySortOrder, Goal::parentGoalId);
	}

	static String name(Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

}
