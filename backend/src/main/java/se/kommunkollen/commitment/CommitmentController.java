package se.kommunkollen.commitment;

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
import se.kommunkollen.goal.Area;
import se.kommunkollen.goal.AreaRepository;
import se.kommunkollen.goal.Goal;
import se.kommunkollen.goal.GoalRepository;
import se.kommunkollen.municipality.Organisation;
import se.kommunkollen.municipality.OrganisationRepository;
import se.kommunkollen.report.Report;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;

@Controller
class CommitmentController {

	private final CommitmentRepository commitments;

	private final CommitmentResponsibleRepository responsibles;

	private final GoalRepository goals;

	private final AreaRepository areas;

	private final OrganisationRepository organisations;

	CommitmentController(CommitmentRepository commitments, CommitmentResponsibleRepository responsibles,
			GoalRepository goals, AreaRepository areas, OrganisationRepository organisations) {
		this.commitments = commitments;
		this.responsibles = responsibles;
		this.goals = goals;
		this.areas = areas;
		this.organisations = organisations;
	}

	@QueryMapping
	Window<Commitment> commitments(ScrollSubrange subrange, @Argument CommitmentFilter filter) {
		CommitmentFilter f = (filter != null) ? filter : CommitmentFilter.NONE;
		String status = (f.status() != null) ? f.status().name() : null;
		return Page.of(subrange, () -> count(f))
			.fetch((limit, offset) -> this.commitments.search(f.municipality(), f.report(), status, f.responsible(),
					f.goal(), f.area(), f.year(), limit, offset));
	}

	@SchemaMapping(typeName = "CommitmentConnection")
	long totalCount(DataFetchingEnvironment environment) {
		return count(ConnectionFilter.of(environment, CommitmentFilter.class, CommitmentFilter.NONE));
	}

	private long count(CommitmentFilter f) {
		String status = (f.status() != null) ? f.status().name() : null;
		return this.commitments.countMatching(f.municipality(), f.report(), status, f.responsible(), f.goal(), f.area(),
				f.year());
	}

	@QueryMapping
	Commitment commitment(@Argument String id) {
		return this.commitments.findById(id).orElse(null);
	}

	@BatchMapping(typeName = "Report", field = "commitments")
	Map<Report, List<Commitment>> commitmentsOfReports(List<Report> reports) {
		return ByKey.children(reports, Report::id, this.commitments::findByReportIdInOrderBySortOrder,
				Commitment::reportId);
	}

	@BatchMapping(typeName = "Goal", field = "commitments")
	Map<Goal, List<Commitment>> commitmentsOfGoals(List<Goal> goals) {
		return ByKey.children(goals, Goal::id, this.commitments::findByGoalIdInOrderBySortOrder, Commitment::goalId);
	}

	@BatchMapping(typeName = "Area", field = "commitments")
	Map<Area, List<Commitment>> commitmentsOfAreas(List<Area> areas) {
		return ByKey.children(areas, Area::id, this.commitments::findByAreaIdInOrderBySortOrder, Commitment::areaId);
	}

	@BatchMapping
	Map<Commitment, List<String>> responsible(List<Commitment> commitments) {
		return ByKey.lists(commitments, Commitment::id, this.responsibles
			.findByCommitmentIdInOrderBySortOrder(ByKey.keys(commitments, Commitment::id))
			.stream()
			.collect(groupingBy(CommitmentResponsible::commitmentId, mapping(CommitmentResponsible::label, toList()))));
	}

	@BatchMapping
	Map<Commitment, List<ResponsibleBody>> responsibleBodies(List<Commitment> commitments) {
		return ByKey.lists(commitments, Commitment::id,
				this.responsibles.findByCommitmentIdInOrderBySortOrder(ByKey.keys(commitments, Commitment::id))
					.stream()
					.collect(groupingBy(CommitmentResponsible::commitmentId,
							mapping((row) -> new ResponsibleBody(row.label(), row.organisationId()), toList()))));
	}

	@BatchMapping
	Map<ResponsibleBody, Organisation> organisation(List<ResponsibleBody> bodies) {
		return ByKey.parent(bodies, ResponsibleBody::organisationId, this.organisations::findAllById, Organisation::id);
	}

	@BatchMapping(typeName = "Commitment", field = "goal")
	Map<Commitment, Goal> goalOfCommitments(List<Commitment> commitments) {
		return ByKey.parent(commitments, Commitment::goalId, this.goals::findAllById, Goal::id);
	}

	@BatchMapping(typeName = "Commitment", field = "area")
	Map<Commitment, Area> areaOfCommitments(List<Commitment> commitments) {
		return ByKey.parent(commitments, Commitment::areaId, this.areas::findAllById, Area::id);
	}

}
