import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hand-written limit for workload W2 of bench/nested-reads.sh: the JDK's HTTP server,
 * plain JDBC and Jackson, answering exactly the JSON that Kommunkollen gives for W2 (one
 * municipality: reports, goals with their assessment, indicators and values, financial
 * statements with columns, rows and values) in seven SQL statements, whatever the number of
 * reports, goals or rows. It answers only W2: it reads the municipality id from the GraphQL
 * request's {@code variables.id} and ignores the query text.
 *
 * <pre>java -cp jackson-databind.jar:jackson-core.jar:jackson-annotations.jar:postgresql.jar \
 *     bench/HandWritten.java PORT JDBC_URL [THREADS]</pre>
 */
public class HandWritten {

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private static final String MUNICIPALITY = "SELECT id, name FROM municipality WHERE id = ?";

	private static final String REPORTS = """
			SELECT id, title FROM report WHERE municipality_id = ? ORDER BY period_end DESC, id""";

	private static final String GOALS = """
			SELECT g.id, g.report_id, g.title, g.assessment_label, g.assessment_level
			FROM goal g JOIN report r ON r.id = g.report_id
			WHERE r.municipality_id = ? ORDER BY g.sort_order, g.id""";

	private static final String INDICATORS = """
			SELECT i.id, i.goal_id, i.name, v.id AS value_id, v.kind, v.period_label, v.amount
			FROM indicator i JOIN goal g ON g.id = i.goal_id JOIN report r ON r.id = g.report_id
			LEFT JOIN indicator_value v ON v.indicator_id = i.id
			WHERE r.municipality_id = ? ORDER BY i.sort_order, i.id, v.sort_order""";

	private static final String STATEMENTS = """
			SELECT s.id, s.report_id, s.title
			FROM financial_statement s JOIN report r ON r.id = s.report_id
			WHERE r.municipality_id = ? ORDER BY s.sort_order, s.id""";

	private static final String COLUMNS = """
			SELECT c.statement_id, c.label, c.kind
			FROM financial_column c JOIN financial_statement s ON s.id = c.statement_id
			JOIN report r ON r.id = s.report_id
			WHERE r.municipality_id = ? ORDER BY c.column_index""";

	private static final String ROWS = """
			SELECT f.id, f.statement_id, f.label, f.is_sum, c.id AS cell_id, c.amount
			FROM financial_row f JOIN report r ON r.id = f.report_id
			LEFT JOIN financial_cell c ON c.row_id = f.id
			WHERE r.municipality_id = ? ORDER BY f.row_index, f.id, c.column_index""";

	record Answer(Data data) {
	}

	record Data(Municipality municipality) {
	}

	record Municipality(String id, String name, List<Report> reports) {
	}

	record Report(String id, String title, List<Goal> goals, List<Statement> financialStatements) {
	}

	record Goal(String id, String title, Assessment assessment, List<Indicator> indicators) {
	}

	record Assessment(String label, String normalized) {
	}

	record Indicator(String id, String name, List<Value> values) {
	}

	record Value(String kind, String period, BigDecimal value) {
	}

	record Statement(String id, String title, List<Column> columns, List<Row> rows) {
	}

	record Column(String label, String kind) {
	}

	record Row(String label, boolean isSum, List<BigDecimal> values) {
	}

	private final String jdbcUrl;

	private final ThreadLocal<Connection> connection = new ThreadLocal<>();

	HandWritten(String jdbcUrl) {
		this.jdbcUrl = jdbcUrl;
	}

	public static void main(String[] args) throws IOException {
		int port = Integer.parseInt(args[0]);
		int threads = (args.length > 2) ? Integer.parseInt(args[2]) : 10;
		HandWritten app = new HandWritten(args[1]);
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 512);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		server.setExecutor(pool);
		server.createContext("/graphql", app::handle);
		server.start();
		System.out.println("hand-written W2 endpoint on http://127.0.0.1:" + port + "/graphql, " + threads + " threads");
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			byte[] body;
			int status = 200;
			try (InputStream in = exchange.getRequestBody()) {
				JsonNode request = JSON.readTree(in.readAllBytes());
				String id = request.path("variables").path("id").asString();
				body = JSON.writeValueAsBytes(new Answer(new Data(municipality(id))));
			}
			catch (SQLException | RuntimeException ex) {
				closeConnection();
				status = 500;
				body = JSON.writeValueAsBytes(Map.of("errors", List.of(Map.of("message", String.valueOf(ex)))));
			}
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(status, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		}
	}

	private Municipality municipality(String id) throws SQLException {
		Connection db = connection();
		Municipality municipality = null;
		try (PreparedStatement statement = db.prepareStatement(MUNICIPALITY)) {
			statement.setString(1, id);
			try (ResultSet rs = statement.executeQuery()) {
				if (!rs.next()) {
					return null;
				}
				municipality = new Municipality(rs.getString(1), rs.getString(2), new ArrayList<>());
			}
		}
		Map<String, Report> reports = new LinkedHashMap<>();
		query(db, REPORTS, id, (rs) -> reports.put(rs.getString(1),
				new Report(rs.getString(1), rs.getString(2), new ArrayList<>(), new ArrayList<>())));
		Map<String, Goal> goals = new LinkedHashMap<>();
		query(db, GOALS, id, (rs) -> {
			Goal goal = new Goal(rs.getString(1), rs.getString(3), new Assessment(rs.getString(4), rs.getString(5)),
					new ArrayList<>());
			goals.put(goal.id(), goal);
			reports.get(rs.getString(2)).goals().add(goal);
		});
		Map<String, Indicator> indicators = new LinkedHashMap<>();
		query(db, INDICATORS, id, (rs) -> {
			Indicator indicator = indicators.computeIfAbsent(rs.getString(1), (key) -> {
				try {
					Indicator created = new Indicator(key, rs.getString(3), new ArrayList<>());
					goals.get(rs.getString(2)).indicators().add(created);
					return created;
				}
				catch (SQLException ex) {
					throw new IllegalStateException(ex);
				}
			});
			if (rs.getObject(4) != null) {
				indicator.values().add(new Value(rs.getString(5), rs.getString(6), asPrinted(rs.getBigDecimal(7))));
			}
		});
		Map<String, Statement> statements = new LinkedHashMap<>();
		query(db, STATEMENTS, id, (rs) -> {
			Statement statement = new Statement(rs.getString(1), rs.getString(3), new ArrayList<>(), new ArrayList<>());
			statements.put(statement.id(), statement);
			reports.get(rs.getString(2)).financialStatements().add(statement);
		});
		query(db, COLUMNS, id,
				(rs) -> statements.get(rs.getString(1)).columns().add(new Column(rs.getString(2), rs.getString(3))));
		Map<String, Row> rows = new LinkedHashMap<>();
		query(db, ROWS, id, (rs) -> {
			Row row = rows.get(rs.getString(1));
			if (row == null) {
				row = new Row(rs.getString(3), rs.getBoolean(4), new ArrayList<>());
				rows.put(rs.getString(1), row);
				statements.get(rs.getString(2)).rows().add(row);
			}
			if (rs.getObject(5) != null) {
				row.values().add(asPrinted(rs.getBigDecimal(6)));
			}
		});
		municipality.reports().addAll(reports.values());
		return municipality;
	}

	interface RowReader {

		void read(ResultSet rs) throws SQLException;

	}

	private static void query(Connection db, String sql, String id, RowReader reader) throws SQLException {
		try (PreparedStatement statement = db.prepareStatement(sql)) {
			statement.setString(1, id);
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					reader.read(rs);
				}
			}
		}
	}

	/** As Kommunkollen serves amounts: without the padding zeros of NUMERIC(24, 6). */
	private static BigDecimal asPrinted(BigDecimal stored) {
		if (stored == null) {
			return null;
		}
		BigDecimal stripped = stored.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

	/** One connection per pool thread, opened on first use and kept. */
	private Connection connection() throws SQLException {
		Connection db = this.connection.get();
		if (db == null || db.isClosed()) {
			db = DriverManager.getConnection(this.jdbcUrl);
			this.connection.set(db);
		}
		return db;
	}

	private void closeConnection() {
		Connection db = this.connection.get();
		this.connection.remove();
		if (db != null) {
			try {
				db.close();
			}
			catch (SQLException ignored) {
				// the connection is dropped either way
			}
		}
	}

}
