package se.kommunkollen.commitment;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

import se.kommunkollen.api.ByKey;
import se.kommunkollen.goal.Goal;
import se.kommunkollen.goal.GoalRepository;
import se.kommunkollen.report.Report;

@Controller
class InitiativeController {

	private final InitiativeRepository initiatives;

	private final GoalRepository goals;

	InitiativeController(InitiativeRepository initiatives, GoalRepository goals) {
		this.initiatives = initiatives;
		this.goals = goals;
	}

	@BatchMapping(typeName = "Report", field = "initiatives")
	Map<Report, List<Initiative>> initiativesOfReports(List<Report> reports) {
		return ByKey.children(reports, Report::id, this.initiatives::findByReportIdInOrderBySortOrder,
				Initiative::reportId);
	}

	@BatchMapping(typeName = "Goal", field = "initiatives")
	Map<Goal, List<Initiative>> initiativesOfGoals(List<Goal> goals) {
		return ByKey.children(goals, Goal::id, this.initiatives::findByGoalIdInOrderBySortOrder, Initiative::goalId);
	}

	@BatchMapping(typeName = "Initiative", field = "goal")
	Map<Initiative, Goal> goalOfInitiatives(List<Initiative> initiatives) {
		return ByKey.parent(initiatives, Initiative::goalId, this.goals::findAllById, Goal::id);
	}

}
