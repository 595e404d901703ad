package se.kommunkollen.report;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import graphql.GraphQLContext;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import se.kommunkollen.api.ByKey;
import se.kommunkollen.api.InvalidArgumentException;
import se.kommunkollen.municipality.Municipality;
import se.kommunkollen.municipality.MunicipalityRepository;

@Controller
class ReportController {

	static final int MAX_SOURCE_LINES = 500;

	private final ReportRepository reports;

	private final ReportLineRepository lines;

	private final ImportWarningRepository warnings;

	private final ImportRunRepository runs;

	private final MunicipalityRepository municipalities;

	private final PublishedLookups lookups;

	ReportController(ReportRepository reports, ReportLineRepository lines, ImportWarningRepository warnings,
			ImportRunRepository runs, MunicipalityRepository municipalities, PublishedLookups lookups) {
		this.lookups = lookups;
		this.reports = reports;
		this.lines = lines;
		this.warnings = warnings;
		this.runs = runs;
		this.municipalities = municipalities;
	}

	@QueryMapping
	Report report(@Argument String id) {
		return this.reports.findById(id).orElse(null);
	}

	@QueryMapping
	List<Report> reports(@Argument String municipality, @Argument ReportKind kind, @Argument Integer year,
			@Argument OffsetDateTime changedSince) {
		return this.reports.search(municipality, (kind != null) ? kind.name() : null, year, changedSince);
	}

	@SchemaMapping
	List<ReportLine> sourceLines(Report report, @Argument int from, @Argument int to) {
		if (from < 1 || to < from) {
			throw new InvalidArgumentException(
					"Lines must satisfy 1 <= from <= to, got from=" + from + ", to=" + to + ".");
		}
		if (to - from + 1 > MAX_SOURCE_LINES) {
			throw new InvalidArgumentException(
					"At most " + MAX_SOURCE_LINES + " lines per request, asked for " + (to - from + 1) + ".");
		}
		return this.lines.findByReportIdAndNumberBetweenOrderByNumber(report.id(), from, to);
	}

	@BatchMapping(typeName = "Municipality", field = "reports")
	Map<Municipality, List<Report>> reportsOfMunicipalities(List<Municipality> municipalities, GraphQLContext context) {
		Map<String, List<Report>> reportsById = this.lookups.getAll("reportsOfMunicipality",
				ByKey.keys(municipalities, Municipality::id), context, (ids) -> {
					Map<String, List<Report>> found = new HashMap<>();
					ids.forEach((id) -> found.put(id, new ArrayList<>()));
					this.reports.findByMunicipalityIdInOrderByPeriodEndDescIdAsc(List.copyOf(ids))
						.forEach((report) -> found.get(report.municipalityId()).add(report));
					found.replaceAll((id, list) -> List.copyOf(list));
					return found;
				});
		return ByKey.lists(municipalities, Municipality::id, reportsById);
	}

	@BatchMapping
	Map<Report, Municipality> municipality(List<Report> reports) {
		return ByKey.parent(reports, Report::municipalityId, this.municipalities::findAllById, Municipality::id);
	}

	@BatchMapping
	Map<Report, List<ImportWarning>> importWarnings(List<Report> reports) {
		return ByKey.children(reports, Report::id, this.warnings::findByReportIdInOrderBySortOrder,
				ImportWarning::reportId);
	}

	@BatchMapping
	Map<Report, List<ImportRun>> importHistory(List<Report> reports) {
		return ByKey.children(reports, Report::id, this.runs::findByReportIdInOrderByImportedAtAscIdAsc,
				ImportRun::reportId);
	}

	@BatchMapping(typeName = "Provenance", field = "report")
	Map<Provenance, Report> reportOfProvenance(List<Provenance> provenances) {
		return reportsOf(provenances, Provenance::reportId);
	}

	/**
	 * The report of any record read from one; each type with a report field maps here.
	 */
	<T> Map<T, Report> reportsOf(List<T> records, Function<T, String> reportId) {
		return ByKey.parent(records, reportId, this.reports::findAllById, Report::id);
	}

}
