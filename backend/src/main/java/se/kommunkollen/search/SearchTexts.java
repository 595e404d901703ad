package se.kommunkollen.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything the search covers, read from the database in one read-only transaction (so
 * one consistent state): the texts of goals, commitments, initiatives, indicators,
 * internal controls, areas and Kommunkompassen findings, and the report text itself in
 * passages.
 */
@Component
class SearchTexts {

	/** A passage of report text ends at an empty line or after this many lines. */
	static final int PASSAGE_LINES = 8;

	private final JdbcClient jdbc;

	SearchTexts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Reads everything searchable from one snapshot of the primary database: a
	 * transaction of its own, read-write, so never on a read replica that may lag behind,
	 * even when called from the API's read-only transaction.
	 * @return the data version of what was read
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW, isolation = Isolation.REPEATABLE_READ)
	public long readAll(Consumer<SearchDocument> sink) {
		long version = this.jdbc.sql("SELECT version FROM data_version WHERE id = 1").query(Long.class).single();
		records(SearchKind.GOAL, """
				SELECT g.id, g.title, COALESCE(g.analysis_text, '') AS body, r.municipality_id, g.report_id,
				       g.line_start, g.line_end
				FROM goal g JOIN report r ON r.id = g.report_id""", sink);
		records(SearchKind.COMMITMENT, """
				SELECT c.id, c.body AS title, COALESCE(c.follow_up_text, '') AS body, r.municipality_id, c.report_id,
				       c.line_start, c.line_end
				FROM commitment c JOIN report r ON r.id = c.report_id""", sink);
		records(SearchKind.INITIATIVE, """
				SELECT i.id, i.title, COALESCE(i.comment_text, '') AS body, r.municipality_id, i.report_id,
				       i.line_start, i.line_end
				FROM initiative i JOIN report r ON r.id = i.report_id""", sink);
		records(SearchKind.INDICATOR, """
				SELECT i.id, i.name AS title, '' AS body, r.municipality_id, i.report_id, i.line_start, i.line_end
				FROM indicator i JOIN report r ON r.id = i.report_id""", sink);
		records(SearchKind.INTERNAL_CONTROL, """
				SELECT c.id, COALESCE(c.risk_title, c.area_label, c.control_point, '') AS title,
				       CONCAT_WS(' ', c.risk_description, c.control_point, c.result_text, c.action_text, c.comment_text)
				         AS body,
				       r.municipality_id, c.report_id, c.line_start, c.line_end
				FROM internal_control c JOIN report r ON r.id = c.report_id""", sink);
		records(SearchKind.AREA, """
				SELECT a.id, a.name AS title, CONCAT_WS(' ', a.summary, a.assessment_text) AS body, r.municipality_id,
				       a.report_id, a.line_start, a.line_end
				FROM area a JOIN report r ON r.id = a.report_id""", sink);
		records(SearchKind.EVALUATION_FINDING,
				"""
						SELECT a.id, CONCAT(a.area_number, '. ', a.name) AS title, f.body, r.municipality_id, f.report_id,
						       f.line_start, f.line_end
						FROM evaluation_finding f JOIN evaluation_area a ON a.id = f.area_id JOIN report r ON r.id = f.report_id""",
				sink);
		reportText(sink);
		return version;
	}

	private void records(SearchKind kind, String sql, Consumer<SearchDocument> sink) {
		this.jdbc.sql(sql)
			.query((row, number) -> new SearchDocument(kind, row.getString(1), row.getString(2), row.getString(3),
					row.getString(4), row.getString(5), row.getInt(6), row.getInt(7)))
			.list()
			.forEach(sink);
	}

	/**
	 * Report text in passages: lines up to an empty line, at most {@link #PASSAGE_LINES}.
	 */
	private void reportText(Consumer<SearchDocument> sink) {
		this.jdbc.sql("""
				SELECT l.report_id, r.municipality_id, r.title, l.line_number, l.content
				FROM report_line l JOIN report r ON r.id = l.report_id
				ORDER BY l.report_id, l.line_number""").query((rows) -> {
			Passage passage = null;
			while (rows.next()) {
				String reportId = rows.getString(1);
				int number = rows.getInt(4);
				String content = rows.getString(5);
				if (passage != null && (!passage.reportId.equals(reportId) || content.isBlank()
						|| passage.lines.size() >= PASSAGE_LINES)) {
					sink.accept(passage.document());
					passage = null;
				}
				if (!content.isBlank()) {
					if (passage == null) {
						passage = new Passage(reportId, rows.getString(2), rows.getString(3), number);
					}
					passage.lines.add(content.strip());
				}
			}
			if (passage != null) {
				sink.accept(passage.document());
			}
		});
	}

	private static final class Passage {

		final String reportId;

		final String municipalityId;

		final String reportTitle;

		final int lineStart;

		final List<String> lines = new ArrayList<>();

		Passage(String reportId, String municipalityId, String reportTitle, int lineStart) {
			this.reportId = reportId;
			this.municipalityId = municipalityId;
			this.reportTitle = reportTitle;
			this.lineStart = lineStart;
		}

		SearchDocument document() {
			int lineEnd = this.lineStart + this.lines.size() - 1;
			String range = (lineEnd == this.lineStart) ? "rad " + this.lineStart
					: "rad " + this.lineStart + "–" + lineEnd;
			return new SearchDocument(SearchKind.REPORT_TEXT, null, this.reportTitle + ", " + range,
					String.join("\n", this.lines), this.municipalityId, this.reportId, this.lineStart, lineEnd);
		}

	}

}
