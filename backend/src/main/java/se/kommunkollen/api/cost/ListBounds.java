package se.kommunkollen.api.cost;

import java.util.Map;

import graphql.normalized.ExecutableNormalizedField;

import se.kommunkollen.api.Page;

/**
 * How many items each list field of the schema can return, as the cost analysis counts
 * them. Paged and ranged lists count what their arguments ask for; every other list
 * counts a documented bound: the largest list the bundled samples hold, with a wide
 * margin, or a limit of the data model (290 municipalities, Kommunkompassen's 8 areas).
 * The schema's description of each list field states its bound.
 */
public final class ListBounds {

	/**
	 * Bound of a list field that is not listed below; a test keeps the table complete.
	 */
	static final int UNLISTED = 100;

	/** Most source lines one {@code Report.sourceLines} request serves. */
	public static final int MAX_SOURCE_LINES = 500;

	private static final Map<String, Integer> BOUNDS = Map.ofEntries(
			// Swedish municipalities: the reference list holds all 290.
			Map.entry("Query.municipalities", 290), Map.entry("Query.reports", 2000),
			Map.entry("Query.evaluations", 1000), Map.entry("Municipality.reports", 10),
			Map.entry("Municipality.evaluations", 10), Map.entry("Municipality.organisations", 200),
			// one count per AssessmentLevel value
			Map.entry("Municipality.goalStatusCounts", 5),
			// per report: samples hold at most 9 areas, 22 goals, 8 indicators, 14
			// commitments, 33 initiatives, 10 internal controls, 6 tables, 22 warnings
			Map.entry("Report.areas", 30), Map.entry("Report.goals", 100), Map.entry("Report.indicators", 100),
			Map.entry("Report.commitments", 100), Map.entry("Report.initiatives", 100),
			Map.entry("Report.internalControls", 50), Map.entry("Report.financialStatements", 20),
			Map.entry("Report.importWarnings", 200), Map.entry("Report.importHistory", 50),
			Map.entry("ImportRun.counts", 25), Map.entry("ImportRun.changes", 25),
			// samples: at most 9 goals and 3 commitments per area
			Map.entry("Area.goals", 50), Map.entry("Area.commitments", 50),
			// samples: at most 4 sub-goals, 6 indicators and 6 initiatives per goal
			Map.entry("Goal.subGoals", 30), Map.entry("Goal.indicators", 20), Map.entry("Goal.commitments", 30),
			Map.entry("Goal.initiatives", 30),
			// samples: at most 5 values per indicator, 16 responsible bodies per
			// commitment
			Map.entry("Indicator.values", 10), Map.entry("Commitment.responsibleBodies", 30),
			// samples: at most 6 columns and 18 rows per table
			Map.entry("FinancialStatement.columns", 12), Map.entry("FinancialStatement.rows", 60),
			// Kommunkompassen has 8 areas; samples have at most 5 questions per area
			Map.entry("Evaluation.areas", 8), Map.entry("EvaluationArea.questions", 10),
			// one evaluation per municipality
			Map.entry("EvaluationComparison.evaluations", 290), Map.entry("EvaluationComparison.areas", 8),
			Map.entry("AreaComparison.scores", 290),
			// the change trail: a report's latest changes, a record's latest corrections
			Map.entry("Report.changes", 200), Map.entry("Change.counts", 25), Map.entry("Goal.corrections", 20),
			Map.entry("Area.corrections", 20), Map.entry("Indicator.corrections", 20),
			Map.entry("IndicatorValue.corrections", 20), Map.entry("Commitment.corrections", 20),
			Map.entry("Initiative.corrections", 20), Map.entry("InternalControl.corrections", 20),
			Map.entry("FinancialStatement.corrections", 20), Map.entry("FinancialRow.corrections", 20));

	/**
	 * Text fields that can hold far more than an id or a number, and what each costs per
	 * object it is selected on. A source line holds about 100 characters on average and
	 * up to a few thousand in the bundled samples, so selecting its text weighs as much
	 * as ten small objects: the cost then follows the bytes of the answer, not only its
	 * objects.
	 */
	private static final Map<String, Integer> TEXT_WEIGHTS = Map.of("SourceLine.text", 10);

	private ListBounds() {
	}

	/** What the scalar field costs per object it is selected on (0 for most). */
	public static int textWeight(String typeName, String fieldName) {
		return TEXT_WEIGHTS.getOrDefault(typeName + "." + fieldName, 0);
	}

	static Map<String, Integer> textWeights() {
		return TEXT_WEIGHTS;
	}

	/**
	 * The most items the list field can return.
	 * @param typeName the type declaring the field
	 */
	static long items(String typeName, ExecutableNormalizedField field) {
		String name = field.getFieldName();
		if ("edges".equals(name) && typeName.endsWith("Connection")) {
			return pageSize(field.getParent());
		}
		if ("Report".equals(typeName) && "sourceLines".equals(name)) {
			return sourceLines(field);
		}
		return bound(typeName, name);
	}

	/** The documented bound of an unpaged list, or {@link #UNLISTED}. */
	public static int bound(String typeName, String fieldName) {
		return BOUNDS.getOrDefault(typeName + "." + fieldName, UNLISTED);
	}

	static boolean isListed(String typeName, String fieldName) {
		return BOUNDS.containsKey(typeName + "." + fieldName);
	}

	/**
	 * A page holds {@code first} (or {@code last}) items; out of range values are refused
	 * before this.
	 */
	private static long pageSize(ExecutableNormalizedField connection) {
		Map<String, Object> arguments = (connection != null) ? connection.getResolvedArguments() : Map.of();
		Object first = arguments.get("first");
		Object last = arguments.get("last");
		int size = (first instanceof Integer value) ? value
				: (last instanceof Integer value) ? value : Page.DEFAULT_SIZE;
		return Math.max(1, Math.min(size, Page.MAX_SIZE));
	}

	/** {@code to - from + 1}; the field refuses ranges of more than 500 lines. */
	private static long sourceLines(ExecutableNormalizedField field) {
		Object from = field.getResolvedArguments().get("from");
		Object to = field.getResolvedArguments().get("to");
		if (!(from instanceof Integer start) || !(to instanceof Integer end)) {
			return MAX_SOURCE_LINES;
		}
		long lines = (long) end - start + 1;
		return Math.max(0, Math.min(lines, MAX_SOURCE_LINES));
	}

}
