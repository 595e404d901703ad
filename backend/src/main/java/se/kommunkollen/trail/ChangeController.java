package se.kommunkollen.trail;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import graphql.schema.DataFetchingEnvironment;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

import se.kommunkollen.api.ByKey;
import se.kommunkollen.api.Page;
import se.kommunkollen.municipality.Municipality;
import se.kommunkollen.municipality.MunicipalityRepository;
import se.kommunkollen.report.Report;
import se.kommunkollen.report.ReportRepository;

import static java.util.stream.Collectors.groupingBy;

/** The public change trail: per report, in pages, and each change's actor. */
@Controller
class ChangeController {

	static final int MAX_REPORT_CHANGES = 200;

	private final ChangeRepository changes;

	private final MunicipalityRepository municipalities;

	private final ReportRepository reports;

	ChangeController(ChangeRepository changes, MunicipalityRepository municipalities, ReportRepository reports) {
		this.changes = changes;
		this.municipalities = municipalities;
		this.reports = reports;
	}

	@QueryMapping
	Window<Change> changes(ScrollSubrange subrange, @Argument String municipality, @Argument OffsetDateTime since) {
		return Page.of(subrange, () -> this.changes.countMatching(municipality, since))
			.fetch((limit, offset) -> this.changes.search(municipality, since, limit, offset));
	}

	@SchemaMapping(typeName = "ChangeConnection")
	long totalCount(DataFetchingEnvironment environment) {
		Map<String, Object> arguments = environment.getExecutionStepInfo().getParent().getArguments();
		return this.changes.countMatching((String) arguments.get("municipality"),
				(OffsetDateTime) arguments.get("since"));
	}

	@BatchMapping(typeName = "Report", field = "changes")
	Map<Report, List<Change>> changesOfReports(List<Report> reports) {
		Map<String, List<Change>> byReport = this.changes.findByReportIdInOrderById(ByKey.keys(reports, Report::id))
			.stream()
			.collect(groupingBy(Change::reportId));
		return ByKey.lists(reports, Report::id, latest(byReport, MAX_REPORT_CHANGES));
	}

	@SchemaMapping
	Actor actor(Change change) {
		return new Actor(change.actorRole(), change.actorMunicipalityId(), null);
	}

	@BatchMapping(typeName = "Actor", field = "municipality")
	Map<Actor, Municipality> municipalityOfActors(List<Actor> actors) {
		return ByKey.parent(actors, Actor::municipalityId, this.municipalities::findAllById, Municipality::id);
	}

	@BatchMapping(typeName = "Change", field = "municipality")
	Map<Change, Municipality> municipalityOfChanges(List<Change> changes) {
		return ByKey.parent(changes, Change::municipalityId, this.municipalities::findAllById, Municipality::id);
	}

	@BatchMapping(typeName = "Change", field = "report")
	Map<Change, Report> reportOfChanges(List<Change> changes) {
		return ByKey.parent(changes, Change::reportId, this.reports::findAllById, Report::id);
	}

	/** The last {@code max} of each list, as lists of a batch keep them. */
	static <K> Map<K, List<Change>> latest(Map<K, List<Change>> lists, int max) {
		lists.replaceAll(
				(key, list) -> (list.size() > max) ? List.copyOf(list.subList(list.size() - max, list.size())) : list);
		return lists;
	}

	/** Corrections in effect on records of one type, by record id. */
	static <T> Map<T, List<Change>> correctionsOf(ChangeRepository changes, RecordType type, Collection<T> records,
			Function<T, String> id) {
		Map<String, List<Change>> byRecord = changes.findCorrectionsInEffect(type.name(), ByKey.keys(records, id))
			.stream()
			.collect(groupingBy(Change::recordId));
		return ByKey.lists(records, id, latest(byRecord, CorrectedRecordController.MAX_RECORD_CORRECTIONS));
	}

}
