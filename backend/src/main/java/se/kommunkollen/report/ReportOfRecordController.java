package se.kommunkollen.report;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/**
 * The {@code report} field of every type read from a report, batched per type.
 */
@Controller
class ReportOfRecordController {

	private final ReportController reports;

	ReportOfRecordController(ReportController reports) {
		this.reports = reports;
	}

	@BatchMapping(typeName = "Area", field = "report")
	Map<Sourced, Report> area(List<Sourced> records) {
		return this.reports.reportsOf(records, Sourced::reportId);
	}

	@BatchMapping(typeName = "Goal", field = "report")
	Map<Sourced, Report> goal(List<Sourced> records) {
		return this.reports.reportsOf(records, Sourced::reportId);
	}

	@BatchMapping(typeName = "Indicator", field = "report")
	Map<Sourced, Report> indicator(List<Sourced> records) {
		return this.reports.reportsOf(records, Sourced::reportId);
	}

	@BatchMapping(typeName = "Commitment", field = "report")
	Map<Sourced, Report> commitment(List<Sourced> records) {
		return this.reports.reportsOf(records, Sourced::reportId);
	}

	@BatchMapping(typeName = "Initiative", field = "report")
	Map<Sourced, Report> initiative(List<Sourced> records) {
		return this.reports.reportsOf(records, Sourced::reportId);
	}

	@BatchMapping(typeName = "InternalControl", field = "report")
	Map<Sourced, Report> internalControl(List<Sourced> records) {
		return this.reports.reportsOf(records, Sourced::reportId);
	}

	@BatchMapping(typeName = "FinancialStatement", field = "report")
	Map<Sourced, Report> financialStatement(List<Sourced> records) {
		return this.reports.reportsOf(records, Sourced::reportId);
	}

	@BatchMapping(typeName = "Evaluation", field = "report")
	Map<Sourced, Report> evaluation(List<Sourced> records) {
		return this.reports.reportsOf(records, Sourced::reportId);
	}

}
