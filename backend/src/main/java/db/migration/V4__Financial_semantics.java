package db.migration;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import se.kommunkollen.finance.ColumnKind;
import se.kommunkollen.importer.ParsedReport;
import se.kommunkollen.importer.read.ColumnKinds;
import se.kommunkollen.importer.read.SwedishNumbers;

/**
 * Column semantics as data: a column's period as dates and the sign of a deviation; the
 * printed scale of each cell; a unit per row; where the text fixes a statement's unit.
 * The old kind DEVIATION is split into BUDGET_DEVIATION, FORECAST_DEVIATION and
 * PERIOD_DIFFERENCE, and stored columns get their periods, signs and scales by the same
 * rules the importer uses now ({@link ColumnKinds}), so that a database imported before
 * says the same as a fresh import. Key-figure blocks and units fixed by sentences come
 * only with a new import.
 */
public class V4__Financial_semantics extends BaseJavaMigration {

	private static final List<String> DDL = List.of("ALTER TABLE financial_statement ADD COLUMN unit_line INT",
			"ALTER TABLE financial_statement ADD COLUMN unit_excerpt VARCHAR(300)",
			"ALTER TABLE financial_column ADD COLUMN period_start DATE",
			"ALTER TABLE financial_column ADD COLUMN period_end DATE",
			"ALTER TABLE financial_column ADD COLUMN deviation_sign VARCHAR(30)",
			"ALTER TABLE financial_row ADD COLUMN unit VARCHAR(20)",
			"ALTER TABLE financial_row ADD COLUMN unit_name VARCHAR(60)",
			"ALTER TABLE financial_row ADD COLUMN unit_kronor NUMERIC(24, 6)",
			"ALTER TABLE financial_row ADD COLUMN is_ratio BOOLEAN DEFAULT FALSE NOT NULL",
			"ALTER TABLE financial_cell ADD COLUMN scale INT");

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		try (Statement statement = connection.createStatement()) {
			for (String ddl : DDL) {
				statement.execute(ddl);
			}
		}
		migrateColumns(connection);
		migrateScales(connection);
	}

	private record StoredColumn(long id, ParsedReport.Column column) {
	}

	private static void migrateColumns(Connection connection) throws Exception {
		Map<String, List<StoredColumn>> byStatement = new LinkedHashMap<>();
		try (Statement select = connection.createStatement();
				ResultSet rs = select.executeQuery("SELECT id, statement_id, label, kind, period_label, unit "
						+ "FROM financial_column ORDER BY statement_id, column_index")) {
			while (rs.next()) {
				String label = rs.getString("label");
				String stored = rs.getString("kind");
				ColumnKind kind = "DEVIATION".equals(stored) ? ColumnKinds.column(label).kind()
						: ColumnKind.valueOf(stored);
				if ("DEVIATION".equals(stored) && !kind.isDeviation() && kind != ColumnKind.PERIOD_DIFFERENCE) {
					kind = ColumnKind.BUDGET_DEVIATION;
				}
				byStatement.computeIfAbsent(rs.getString("statement_id"), (k) -> new ArrayList<>())
					.add(new StoredColumn(rs.getLong("id"),
							new ParsedReport.Column(label, kind, rs.getString("period_label"), rs.getString("unit"))));
			}
		}
		String update = "UPDATE financial_column SET kind = ?, period_start = ?, period_end = ?, deviation_sign = ? "
				+ "WHERE id = ?";
		try (PreparedStatement write = connection.prepareStatement(update)) {
			for (Map.Entry<String, List<StoredColumn>> entry : byStatement.entrySet()) {
				List<ParsedReport.Column> columns = ColumnKinds
					.inTable(entry.getValue().stream().map(StoredColumn::column).map(ColumnKinds::dated).toList());
				columns = ColumnKinds.withDeviationSigns(columns, printedRows(connection, entry.getKey()));
				for (int i = 0; i < columns.size(); i++) {
					ParsedReport.Column column = columns.get(i);
					write.setString(1, column.kind().name());
					setDate(write, 2, column.periodStart());
					setDate(write, 3, column.periodEnd());
					write.setString(4, (column.deviationSign() != null) ? column.deviationSign().name() : null);
					write.setLong(5, entry.getValue().get(i).id());
					write.addBatch();
				}
			}
			write.executeBatch();
		}
	}

	private static List<List<String>> printedRows(Connection connection, String statementId) throws Exception {
		Map<Integer, List<String>> rows = new TreeMap<>();
		String sql = "SELECT r.row_index, c.printed FROM financial_cell c JOIN financial_row r ON r.id = c.row_id "
				+ "WHERE r.statement_id = ? ORDER BY r.row_index, c.column_index";
		try (PreparedStatement select = connection.prepareStatement(sql)) {
			select.setString(1, statementId);
			try (ResultSet rs = select.executeQuery()) {
				while (rs.next()) {
					rows.computeIfAbsent(rs.getInt(1), (k) -> new ArrayList<>()).add(rs.getString(2));
				}
			}
		}
		return new ArrayList<>(rows.values());
	}

	private static void migrateScales(Connection connection) throws Exception {
		Map<Long, Integer> scales = new LinkedHashMap<>();
		try (Statement select = connection.createStatement();
				ResultSet rs = select.executeQuery("SELECT id, printed FROM financial_cell WHERE amount IS NOT NULL")) {
			while (rs.next()) {
				String printed = rs.getString("printed");
				if (printed != null && SwedishNumbers.isNumber(printed)) {
					scales.put(rs.getLong("id"), SwedishNumbers.decimals(printed));
				}
			}
		}
		try (PreparedStatement write = connection
			.prepareStatement("UPDATE financial_cell SET scale = ? WHERE id = ?")) {
			for (Map.Entry<Long, Integer> entry : scales.entrySet()) {
				write.setInt(1, entry.getValue());
				write.setLong(2, entry.getKey());
				write.addBatch();
			}
			write.executeBatch();
		}
	}

	private static void setDate(PreparedStatement statement, int index, java.time.LocalDate date) throws Exception {
		if (date == null) {
			statement.setNull(index, Types.DATE);
		}
		else {
			statement.setDate(index, Date.valueOf(date));
		}
	}

}
