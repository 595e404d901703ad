package se.kommunkollen.goal;

import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

import se.kommunkollen.api.ByKey;
import se.kommunkollen.api.Page;
import se.kommunkollen.report.Report;

import static java.util.stream.Collectors.groupingBy;

@Controller
class GoalController {

	private final GoalRepository goals;

	private final AreaRepository areas;

	GoalController(GoalRepository goals, AreaRepository areas) {
		this.goals = goals;
		this.areas = areas;
	}

	@QueryMapping
	Window<Goal> goals(ScrollSubrange subrange, @Argument GoalFilter filter) {
		GoalFilter f = (filter != null) ? filter : GoalFilter.NONE;
		return Page.of(subrange)
			.fetch((limit, offset) -> this.goals.search(f.municipality(), f.report(), name(f.level()),
					name(f.assessment()), f.area(), f.year(), limit, offset));
	}

	@QueryMapping
	Goal goal(@Argument String id) {
		return this.goals.findById(id).orElse(null);
	}

	@BatchMapping(typeName = "Report", field = "goals")
	Map<Report, List<Goal>> goalsOfReports(List<Report> reports) {
		return ByKey.lists(reports, Report::id, this.goals.findByReportIdInOrderBySortOrder(ByKey.keys(reports, Report::id))
			.stream()
			.collect(groupingBy(Goal::reportId)));
	}

	@BatchMapping(typeName = "Report", field = "areas")
	Map<Report, List<Area>> areasOfReports(List<Report> reports) {
		return ByKey.lists(reports, Report::id, this.areas.findByReportIdInOrderBySortOrder(ByKey.keys(reports, Report::id))
			.stream()
			.collect(groupingBy(Area::reportId)));
	}

	@BatchMapping(typeName = "Area", field = "goals")
	Map<Area, List<Goal>> goalsOfAreas(List<Area> areas) {
		return ByKey.lists(areas, Area::id, this.goals.findByAreaIdInOrderBySortOrder(ByKey.keys(areas, Area::id))
			.stream()
			.collect(groupingBy(Goal::areaId)));
	}

	@BatchMapping
	Map<Goal, Area> area(List<Goal> goals) {
		return ByKey.single(goals, Goal::areaId,
				ByKey.index(this.areas.findAllById(ByKey.keys(goals, Goal::areaId)), Area::id));
	}

	@BatchMapping
	Map<Goal, Goal> parent(List<Goal> goals) {
		return ByKey.single(goals, Goal::parentGoalId,
				ByKey.index(this.goals.findAllById(ByKey.keys(goals, Goal::parentGoalId)), Goal::id));
	}

	@BatchMapping
	Map<Goal, List<Goal>> subGoals(List<Goal> goals) {
		return ByKey.lists(goals, Goal::id, this.goals.findByParentGoalIdInOrderBySortOrder(ByKey.keys(goals, Goal::id))
			.stream()
			.collect(groupingBy(Goal::parentGoalId)));
	}

	static String name(Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

}
