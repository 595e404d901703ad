package se.kommunkollen.importer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import se.kommunkollen.api.cost.ListBounds;
import se.kommunkollen.importer.ParsedReport.LineRange;

/**
 * Refuses a report that holds more items in one list than the API's cost analysis counts
 * for that list ({@link ListBounds}), so that the cost of a query is an upper bound of
 * the rows it reads, not a guess. Raising a bound is a code change with its schema
 * description, made on purpose.
 */
final class ListBoundsCheck {

	private ListBoundsCheck() {
	}

	/**
	 * @throws ImportException naming the list, its size, the bound and the line of the
	 * first item beyond it
	 */
	static void check(String fileName, ParsedReport report) {
		Check check = new Check();
		check.list("Report", "areas", report.areas(), ParsedReport.Area::lines);
		check.list("Report", "goals", report.goals(), ParsedReport.Goal::lines);
		check.list("Report", "indicators", report.indicators(), ParsedReport.Indicator::lines);
		check.list("Report", "commitments", report.commitments(), ParsedReport.Commitment::lines);
		check.list("Report", "initiatives", report.initiatives(), ParsedReport.Initiative::lines);
		check.list("Report", "internalControls", report.internalControls(), ParsedReport.InternalControl::lines);
		check.list("Report", "financialStatements", report.statements(), ParsedReport.Statement::lines);
		check.list("Report", "importWarnings", report.warnings(), (warning) -> null);
		children(check, "Area", "goals", report.goals(), ParsedReport.Goal::areaKey, ParsedReport.Goal::lines);
		children(check, "Area", "commitments", report.commitments(), ParsedReport.Commitment::areaKey,
				ParsedReport.Commitment::lines);
		children(check, "Goal", "subGoals", report.goals(), ParsedReport.Goal::parentKey, ParsedReport.Goal::lines);
		children(check, "Goal", "indicators", report.indicators(), ParsedReport.Indicator::goalKey,
				ParsedReport.Indicator::lines);
		children(check, "Goal", "commitments", report.commitments(), ParsedReport.Commitment::goalKey,
				ParsedReport.Commitment::lines);
		children(check, "Goal", "initiatives", report.initiatives(), ParsedReport.Initiative::goalKey,
				ParsedReport.Initiative::lines);
		for (ParsedReport.Indicator indicator : report.indicators()) {
			check.list("Indicator", "values", indicator.values(), (value) -> indicator.lines());
		}
		for (ParsedReport.Commitment commitment : report.commitments()) {
			check.list("Commitment", "responsibleBodies", commitment.responsible(), (body) -> commitment.lines());
		}
		for (ParsedReport.Statement statement : report.statements()) {
			check.list("FinancialStatement", "columns", statement.columns(), (column) -> statement.lines());
			check.list("FinancialStatement", "rows", statement.rows(), (row) -> statement.lines());
		}
		if (report.evaluation() != null) {
			check.list("Evaluation", "areas", report.evaluation().areas(), ParsedReport.EvaluationArea::lines);
			for (ParsedReport.EvaluationArea area : report.evaluation().areas()) {
				check.list("EvaluationArea", "questions", area.questions(), ParsedReport.Question::lines);
			}
		}
		if (!check.problems.isEmpty()) {
			throw new ImportException(fileName, check.firstLine,
					String.join("; ", check.problems)
							+ " (se.kommunkollen.api.cost.ListBounds; raise the bound there and"
							+ " in the schema's description if such reports are real)");
		}
	}

	private static <T> void children(Check check, String type, String field, List<T> items,
			Function<T, String> parentKey, Function<T, LineRange> lines) {
		Map<String, List<T>> byParent = items.stream()
			.filter((item) -> parentKey.apply(item) != null)
			.collect(Collectors.groupingBy(parentKey));
		byParent.values()
			.stream()
			.filter(Objects::nonNull)
			.map(Collection::stream)
			.forEach((children) -> check.list(type, field, children.toList(), lines));
	}

	private static final class Check {

		private final List<String> problems = new ArrayList<>();

		private Integer firstLine;

		<T> void list(String type, String field, List<T> items, Function<T, LineRange> lines) {
			int bound = ListBounds.bound(type, field);
			if (items.size() <= bound) {
				return;
			}
			this.problems
				.add(type + "." + field + " would hold " + items.size() + " items; the API counts at most " + bound);
			LineRange range = lines.apply(items.get(bound));
			if (this.firstLine == null && range != null) {
				this.firstLine = range.start();
			}
		}

	}

}
