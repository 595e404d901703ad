package db.migration;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import se.kommunkollen.support.EmbeddedPostgresDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * V4 on a database imported before it: the old kind DEVIATION becomes a budget deviation
 * or a difference between periods, columns get their periods as dates and the sign the
 * figures make known, cells their printed scale. On H2 and on PostgreSQL.
 */
class FinancialSemanticsMigrationTests {

	@Test
	void storedColumnsAndCellsGetTheirSemanticsOnH2() {
		check(new DriverManagerDataSource("jdbc:h2:mem:v4-migration;DB_CLOSE_DELAY=-1", "sa", ""));
	}

	@Test
	void storedColumnsAndCellsGetTheirSemanticsOnPostgres() {
		Map<String, Supplier<Object>> properties = new HashMap<>();
		EmbeddedPostgresDatabase.register(properties::put);
		check(new DriverManagerDataSource(properties.get("spring.datasource.url").get().toString(),
				properties.get("spring.datasource.username").get().toString(), ""));
	}

	private static void check(DriverManagerDataSource dataSource) {
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("2").load().migrate();
		JdbcClient jdbc = JdbcClient.create(dataSource);
		jdbc.sql("""
				INSERT INTO report (id, municipality_id, kind, title, report_year, source_file_name, checksum,
				  line_count, imported_at) VALUES ('r', 'sodertalje', 'CLOSING_ACCOUNTS', 'Bokslut', 2012, 'x.txt', 'c',
				  10, CURRENT_TIMESTAMP)""").update();
		statement(jdbc, "costs", List.of("Bokslut 2011", "Bokslut 2012", "Skillnad"),
				List.of("OUTCOME", "OUTCOME", "DEVIATION"),
				List.of(List.of("65 920", "67 081", "1 161"), List.of("192 144", "216 035", "23 891")));
		statement(jdbc, "income",
				List.of("Utfall 2021", "Budget Dec 2022", "Utfall Dec 2022", "Budgetavvikelse Dec 2022"),
				List.of("OUTCOME", "BUDGET", "OUTCOME", "DEVIATION"),
				List.of(List.of("409,7", "461,5", "461,5", "0,0"), List.of("-109,7", "-121,5", "-114,1", "7,4")));
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
		assertThat(jdbc.sql("""
				SELECT label, kind, period_start, period_end, deviation_sign FROM financial_column
				ORDER BY statement_id, column_index""")
			.query((rs, n) -> tuple(rs.getString(1), rs.getString(2), String.valueOf(rs.getDate(3)),
					String.valueOf(rs.getDate(4)), rs.getString(5)))
			.list()).containsExactly(tuple("Bokslut 2011", "OUTCOME", "2011-01-01", "2011-12-31", null),
					tuple("Bokslut 2012", "OUTCOME", "2012-01-01", "2012-12-31", null),
					tuple("Skillnad", "PERIOD_DIFFERENCE", "null", "null", null),
					tuple("Utfall 2021", "OUTCOME", "2021-01-01", "2021-12-31", null),
					tuple("Budget Dec 2022", "BUDGET", "2022-01-01", "2022-12-31", null),
					tuple("Utfall Dec 2022", "OUTCOME", "2022-01-01", "2022-12-31", null),
					tuple("Budgetavvikelse Dec 2022", "BUDGET_DEVIATION", "2022-01-01", "2022-12-31",
							"POSITIVE_IS_BETTER"));
		assertThat(jdbc.sql("SELECT printed, scale FROM financial_cell ORDER BY id")
			.query((rs, n) -> tuple(rs.getString(1), rs.getObject(2)))
			.list()).contains(tuple("65 920", 0), tuple("409,7", 1), tuple("-114,1", 1));
		assertThat(
				jdbc.sql("SELECT COUNT(*) FROM financial_column WHERE kind = 'DEVIATION'").query(Long.class).single())
			.isZero();
	}

	private static void statement(JdbcClient jdbc, String id, List<String> labels, List<String> kinds,
			List<List<String>> rows) {
		jdbc.sql("""
				INSERT INTO financial_statement (id, report_id, kind, title, sort_order, line_start, line_end)
				VALUES (?, 'r', 'OTHER', ?, 0, 1, 2)""").params(id, id).update();
		for (int i = 0; i < labels.size(); i++) {
			jdbc.sql("INSERT INTO financial_column (statement_id, column_index, label, kind) VALUES (?, ?, ?, ?)")
				.params(id, i, labels.get(i), kinds.get(i))
				.update();
		}
		for (int r = 0; r < rows.size(); r++) {
			String rowId = id + ".row-" + r;
			jdbc.sql(
					"""
							INSERT INTO financial_row (id, report_id, statement_id, row_index, label, is_sum, line_start, line_end)
							VALUES (?, 'r', ?, ?, ?, FALSE, 1, 1)""")
				.params(rowId, id, r, "Rad " + r)
				.update();
			for (int c = 0; c < rows.get(r).size(); c++) {
				String printed = rows.get(r).get(c);
				jdbc.sql("INSERT INTO financial_cell (row_id, column_index, amount, printed) VALUES (?, ?, ?, ?)")
					.params(rowId, c, new java.math.BigDecimal(printed.replace(" ", "").replace(',', '.')), printed)
					.update();
			}
		}
	}

}
