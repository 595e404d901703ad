package se.kommunkollen.trail;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.kommunkollen.api.Decimals;
import se.kommunkollen.api.InvalidArgumentException;
import se.kommunkollen.commitment.CommitmentStatus;
import se.kommunkollen.control.ControlResult;
import se.kommunkollen.goal.AssessmentLevel;
import se.kommunkollen.importer.read.MoneyUnit;
import se.kommunkollen.importer.read.SwedishNumbers;

/**
 * The values of reports an editor may correct: where each is stored, how a new value is
 * checked (as the importer reads one) and how it is written. Only the columns named here
 * are ever written; the printed text and the provenance of a record are never touched.
 */
@Component
class CorrectableValues {

	private static final String VALUE_SUFFIX = ".value-";

	private static final String CELL_SUFFIX = ".column-";

	/** What a record type's values are read from and which fields it allows. */
	private record Source(String table, String from, String where, String label, Map<CorrectableField, Field> fields) {
	}

	/** One correctable field: its column and what values it takes. */
	private record Field(String column, Class<? extends Enum<?>> values, int maxLength) {

		static Field figure() {
			return new Field("amount", null, 0);
		}

		static Field status(String column, Class<? extends Enum<?>> values) {
			return new Field(column, values, 0);
		}

		static Field text(String column, int maxLength) {
			return new Field(column, null, maxLength);
		}

		boolean isFigure() {
			return "amount".equals(this.column);
		}

	}

	private static final String REPORT = " JOIN report r ON r.id = x.report_id";

	private static final Map<RecordType, Source> SOURCES = Map.of(RecordType.GOAL,
			new Source("goal", "goal x" + REPORT, "x.id = :id", "x.title",
					Map.of(CorrectableField.ASSESSMENT, Field.status("assessment_level", AssessmentLevel.class),
							CorrectableField.TITLE, Field.text("title", 2000))),
			RecordType.AREA,
			new Source("area", "area x" + REPORT, "x.id = :id", "x.name",
					Map.of(CorrectableField.ASSESSMENT, Field.status("assessment_level", AssessmentLevel.class),
							CorrectableField.NAME, Field.text("name", 500))),
			RecordType.INDICATOR,
			new Source("indicator", "indicator x" + REPORT, "x.id = :id", "x.name",
					Map.of(CorrectableField.UNIT, Field.text("unit", 40), CorrectableField.NAME,
							Field.text("name", 500))),
			RecordType.COMMITMENT,
			new Source("commitment", "commitment x" + REPORT, "x.id = :id", "x.body",
					Map.of(CorrectableField.STATUS, Field.status("status_level", CommitmentStatus.class),
							CorrectableField.TEXT, Field.text("body", 4000))),
			RecordType.INITIATIVE,
			new Source("initiative", "initiative x" + REPORT, "x.id = :id", "x.title",
					Map.of(CorrectableField.STATUS, Field.status("status_level", CommitmentStatus.class),
							CorrectableField.TITLE, Field.text("title", 2000))),
			RecordType.INTERNAL_CONTROL,
			new Source("internal_control", "internal_control x" + REPORT, "x.id = :id",
					"COALESCE(x.risk_title, x.control_point, x.area_label, x.id)",
					Map.of(CorrectableField.RESULT, Field.status("result_level", ControlResult.class))),
			RecordType.FINANCIAL_STATEMENT, new Source("financial_statement", "financial_statement x" + REPORT,
					"x.id = :id", "x.title", Map.of(CorrectableField.UNIT, Field.text("unit", 20))),
			RecordType.INDICATOR_VALUE,
			new Source("indicator_value",
					"indicator_value x JOIN indicator i ON i.id = x.indicator_id JOIN report r ON r.id = i.report_id",
					"x.indicator_id = :parent AND x.sort_order = :position", "i.name || ', ' || x.period_label",
					Map.of(CorrectableField.VALUE, Field.figure())),
			RecordType.FINANCIAL_CELL,
			new Source("financial_cell", """
					financial_cell x JOIN financial_row fr ON fr.id = x.row_id
					JOIN financial_statement s ON s.id = fr.statement_id
					JOIN financial_column col ON col.statement_id = s.id AND col.column_index = x.column_index
					JOIN report r ON r.id = fr.report_id""", "x.row_id = :parent AND x.column_index = :position",
					"s.title || ': ' || fr.label || ', ' || col.label",
					Map.of(CorrectableField.VALUE, Field.figure())));

	private final JdbcClient jdbc;

	CorrectableValues(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The id an indicator's value has in the API and the trail. */
	static String indicatorValueId(String indicatorId, int sortOrder) {
		return indicatorId + VALUE_SUFFIX + sortOrder;
	}

	/** The id a financial cell has in the API and the trail. */
	static String cellId(String rowId, int columnIndex) {
		return rowId + CELL_SUFFIX + columnIndex;
	}

	/** The row id of a financial cell's id. */
	static String rowOfCell(String cellId) {
		return cellId.substring(0, cellId.lastIndexOf(CELL_SUFFIX));
	}

	/**
	 * Finds the value to correct.
	 * @throws InvalidArgumentException naming {@code field} when the record type has no
	 * such field, or {@code recordId} when there is no such record
	 */
	CorrectionTarget find(RecordType type, String recordId, CorrectableField fieldName) {
		Source source = SOURCES.get(type);
		Field field = (source != null) ? source.fields().get(fieldName) : null;
		if (field == null) {
			throw new InvalidArgumentException("Argument 'field': " + fieldName + " cannot be corrected on a " + type
					+ "; correctable there: " + ((source != null) ? source.fields().keySet() : "nothing") + ".");
		}
		String printedColumn = field.isFigure() ? "x.printed" : "NULL";
		String sql = "SELECT r.id AS report_id, r.municipality_id, " + source.label() + " AS label, x." + field.column()
				+ " AS current_value, " + printedColumn + " AS printed FROM " + source.from() + " WHERE "
				+ source.where();
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql);
		Optional<CorrectionTarget> found = bind(statement, type, recordId)
			.flatMap((bound) -> bound.query((row, number) -> {
				String current = asText(row.getObject("current_value"));
				String printed = row.getString("printed");
				return new CorrectionTarget(type, recordId, fieldName, row.getString("report_id"),
						row.getString("municipality_id"), row.getString("label"), current,
						(printed != null) ? printed : current);
			}).optional());
		return found.orElseThrow(() -> new InvalidArgumentException(
				"Argument 'recordId': there is no " + type + " with id '" + recordId + "'."));
	}

	/**
	 * The value as it will be stored and shown, checked as the importer would read it.
	 * @throws InvalidArgumentException naming {@code value} and the value refused
	 */
	String check(CorrectionTarget target, String value) {
		Field field = SOURCES.get(target.recordType()).fields().get(target.field());
		String text = (value != null) ? value.strip() : "";
		if (text.isEmpty()) {
			throw new InvalidArgumentException("Argument 'value' must not be blank.");
		}
		if (field.isFigure()) {
			try {
				return asText(SwedishNumbers.parse(text));
			}
			catch (NumberFormatException ex) {
				throw new InvalidArgumentException(
						"Argument 'value': '" + value + "' is not a number as " + target.field() + " of a "
								+ target.recordType() + " takes it (a Swedish decimal such as 1 234,5 or -7,5).");
			}
		}
		if (field.values() != null) {
			List<String> allowed = java.util.Arrays.stream(field.values().getEnumConstants()).map(Enum::name).toList();
			if (!allowed.contains(text)) {
				throw new InvalidArgumentException("Argument 'value': '" + value + "' is not a " + target.field()
						+ " of a " + target.recordType() + "; one of " + String.join(", ", allowed) + ".");
			}
			return text;
		}
		if (target.recordType() == RecordType.FINANCIAL_STATEMENT) {
			if (MoneyUnit.find(text).filter((unit) -> unit.printed().equalsIgnoreCase(text)).isEmpty()) {
				throw new InvalidArgumentException("Argument 'value': '" + value
						+ "' is not a money unit (mnkr, tkr, kr, miljoner kronor, tusen kronor…).");
			}
			return text;
		}
		if (text.length() > field.maxLength()) {
			throw new InvalidArgumentException("Argument 'value' of " + target.field() + " may hold at most "
					+ field.maxLength() + " characters, has " + text.length() + ".");
		}
		return text;
	}

	/** Stores the checked value, and what follows from it (amounts in kronor). */
	void write(CorrectionTarget target, String checked) {
		Source source = SOURCES.get(target.recordType());
		Field field = source.fields().get(target.field());
		Object value = field.isFigure() ? SwedishNumbers.parse(checked) : checked;
		String sql = "UPDATE " + source.table() + " x SET " + field.column() + " = :value WHERE " + source.where();
		bind(this.jdbc.sql(sql).param("value", value), target.recordType(), target.recordId()).orElseThrow().update();
		if (target.recordType() == RecordType.FINANCIAL_CELL) {
			writeCellKronor(target.recordId(), (BigDecimal) value, SwedishNumbers.decimals(checked));
		}
		if (target.recordType() == RecordType.FINANCIAL_STATEMENT) {
			writeStatementUnit(target.recordId(), MoneyUnit.find(checked).orElseThrow());
		}
	}

	/**
	 * A cell's amount in kronor as the importer works it out: by the row's money unit or
	 * else the table's, never for ratios, columns with a unit of their own, percentages
	 * or references.
	 */
	private void writeCellKronor(String cellId, BigDecimal amount, int scale) {
		String rowId = rowOfCell(cellId);
		int column = Integer.parseInt(cellId.substring(cellId.lastIndexOf(CELL_SUFFIX) + CELL_SUFFIX.length()));
		BigDecimal kronor = this.jdbc.sql("""
				SELECT CASE WHEN fr.is_ratio OR col.unit IS NOT NULL OR col.kind IN ('RATIO', 'REFERENCE') THEN NULL
				ELSE COALESCE(fr.unit_kronor, s.unit_kronor) END
				FROM financial_row fr JOIN financial_statement s ON s.id = fr.statement_id
				JOIN financial_column col ON col.statement_id = s.id AND col.column_index = :column
				WHERE fr.id = :row
				""").param("row", rowId).param("column", column).query(BigDecimal.class).optional().orElse(null);
		this.jdbc
			.sql("UPDATE financial_cell SET amount_kronor = :kronor, scale = :scale "
					+ "WHERE row_id = :row AND column_index = :column")
			.param("kronor", (kronor != null) ? amount.multiply(kronor) : null, java.sql.Types.NUMERIC)
			.param("scale", scale)
			.param("row", rowId)
			.param("column", column)
			.update();
	}

	/** A table's unit spelled out, and every amount that follows it again in kronor. */
	private void writeStatementUnit(String statementId, MoneyUnit unit) {
		this.jdbc.sql("UPDATE financial_statement SET unit_name = :name, unit_kronor = :kronor WHERE id = :id")
			.param("name", unit.swedishName())
			.param("kronor", unit.kronor())
			.param("id", statementId)
			.update();
		this.jdbc.sql("""
				UPDATE financial_cell SET amount_kronor = amount * :kronor
				WHERE amount IS NOT NULL
				AND row_id IN (SELECT fr.id FROM financial_row fr
					WHERE fr.statement_id = :id AND fr.is_ratio = FALSE AND fr.unit_kronor IS NULL)
				AND column_index IN (SELECT col.column_index FROM financial_column col
					WHERE col.statement_id = :id AND col.unit IS NULL AND col.kind NOT IN ('RATIO', 'REFERENCE'))
				""").param("kronor", unit.kronor()).param("id", statementId).update();
	}

	private static Optional<JdbcClient.StatementSpec> bind(JdbcClient.StatementSpec statement, RecordType type,
			String recordId) {
		if (recordId == null) {
			return Optional.empty();
		}
		String suffix = switch (type) {
			case INDICATOR_VALUE -> VALUE_SUFFIX;
			case FINANCIAL_CELL -> CELL_SUFFIX;
			default -> null;
		};
		if (suffix == null) {
			return Optional.of(statement.param("id", recordId));
		}
		int split = recordId.lastIndexOf(suffix);
		if (split < 0) {
			return Optional.empty();
		}
		try {
			int position = Integer.parseInt(recordId.substring(split + suffix.length()));
			return Optional.of(statement.param("parent", recordId.substring(0, split)).param("position", position));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/** A stored value as the trail prints it: decimals the Swedish way. */
	static String asText(Object value) {
		if (value instanceof BigDecimal amount) {
			return Decimals.asPrinted(amount).toPlainString().replace('.', ',');
		}
		return (value != null) ? value.toString() : null;
	}

}
