package se.kommunkollen.search;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.GraphQLContext;
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
import se.kommunkollen.commitment.Commitment;
import se.kommunkollen.commitment.CommitmentRepository;
import se.kommunkollen.commitment.Initiative;
import se.kommunkollen.commitment.InitiativeRepository;
import se.kommunkollen.control.InternalControl;
import se.kommunkollen.control.InternalControlRepository;
import se.kommunkollen.goal.Area;
import se.kommunkollen.goal.AreaRepository;
import se.kommunkollen.goal.Goal;
import se.kommunkollen.goal.GoalRepository;
import se.kommunkollen.goal.Indicator;
import se.kommunkollen.goal.IndicatorRepository;
import se.kommunkollen.municipality.Municipality;
import se.kommunkollen.municipality.MunicipalityRepository;
import se.kommunkollen.report.DataVersion;
import se.kommunkollen.report.Provenance;
import se.kommunkollen.report.Report;
import se.kommunkollen.report.ReportRepository;

@Controller
class SearchController {

	private final SearchIndex index;

	private final DataVersion dataVersion;

	private final MunicipalityRepository municipalities;

	private final ReportRepository reports;

	/** For each kind of record: its records by id. */
	private final Map<SearchKind, Function<Collection<String>, Map<String, Object>>> records = new EnumMap<>(
			SearchKind.class);

	SearchController(SearchIndex index, DataVersion dataVersion, MunicipalityRepository municipalities,
			ReportRepository reports, GoalRepository goals, CommitmentRepository commitments,
			InitiativeRepository initiatives, IndicatorRepository indicators, InternalControlRepository controls,
			AreaRepository areas) {
		this.index = index;
		this.dataVersion = dataVersion;
		this.municipalities = municipalities;
		this.reports = reports;
		this.records.put(SearchKind.GOAL, (ids) -> byId(goals.findAllById(ids), Goal::id));
		this.records.put(SearchKind.COMMITMENT, (ids) -> byId(commitments.findAllById(ids), Commitment::id));
		this.records.put(SearchKind.INITIATIVE, (ids) -> byId(initiatives.findAllById(ids), Initiative::id));
		this.records.put(SearchKind.INDICATOR, (ids) -> byId(indicators.findAllById(ids), Indicator::id));
		this.records.put(SearchKind.INTERNAL_CONTROL, (ids) -> byId(controls.findAllById(ids), InternalControl::id));
		this.records.put(SearchKind.AREA, (ids) -> byId(areas.findAllById(ids), Area::id));
	}

	@QueryMapping
	Window<SearchHit> search(@Argument String query, @Argument String municipality, @Argument List<SearchKind> kinds,
			ScrollSubrange subrange, GraphQLContext context) {
		long version = this.dataVersion.ofRequest(context);
		return Page.of(subrange, () -> this.index.count(version, query, municipality, kinds))
			.fetch((limit, offset) -> this.index.search(version, query, municipality, kinds, offset, limit));
	}

	@SchemaMapping(typeName = "SearchConnection")
	long totalCount(DataFetchingEnvironment environment) {
		Map<String, Object> arguments = environment.getExecutionStepInfo().getParent().getArguments();
		@SuppressWarnings("unchecked")
		List<String> kinds = (List<String>) arguments.get("kinds");
		return this.index.count(this.dataVersion.ofRequest(environment.getGraphQlContext()),
				(String) arguments.get("query"), (String) arguments.get("municipality"),
				(kinds != null) ? kinds.stream().map(SearchKind::valueOf).toList() : null);
	}

	@SchemaMapping
	String snippet(SearchHit hit) {
		return hit.snippet().text();
	}

	@SchemaMapping
	String snippetHtml(SearchHit hit) {
		return hit.snippet().html();
	}

	@SchemaMapping
	Provenance provenance(SearchHit hit) {
		return new Provenance(hit.reportId(), hit.lineStart(), hit.lineEnd(), null, null);
	}

	@BatchMapping
	Map<SearchHit, Municipality> municipality(List<SearchHit> hits) {
		return ByKey.parent(hits, SearchHit::municipalityId, this.municipalities::findAllById, Municipality::id);
	}

	@BatchMapping
	Map<SearchHit, Report> report(List<SearchHit> hits) {
		return ByKey.parent(hits, SearchHit::reportId, this.reports::findAllById, Report::id);
	}

	/** The records behind the hits: one query per kind of record among them. */
	@BatchMapping
	Map<SearchHit, Object> record(List<SearchHit> hits) {
		Map<SearchKind, Set<String>> idsByKind = hits.stream()
			.filter((hit) -> hit.recordId() != null && this.records.containsKey(hit.kind()))
			.collect(Collectors.groupingBy(SearchHit::kind,
					Collectors.mapping(SearchHit::recordId, Collectors.toSet())));
		Map<SearchKind, Map<String, Object>> found = new EnumMap<>(SearchKind.class);
		idsByKind.forEach((kind, ids) -> found.put(kind, this.records.get(kind).apply(ids)));
		Map<SearchHit, Object> result = new HashMap<>();
		for (SearchHit hit : hits) {
			Map<String, Object> ofKind = found.get(hit.kind());
			Object record = (ofKind != null && hit.recordId() != null) ? ofKind.get(hit.recordId()) : null;
			if (record != null) {
				result.put(hit, record);
			}
		}
		return result;
	}

	private static <T> Map<String, Object> byId(List<T> records, Function<T, String> id) {
		return records.stream().collect(Collectors.toMap(id, Function.identity()));
	}

}
