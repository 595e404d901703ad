package se.kommunkollen.importer.delarsrapport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import se.kommunkollen.commitment.CommitmentStatus;
import se.kommunkollen.commitment.InitiativeKind;
import se.kommunkollen.importer.ParsedReport;
import se.kommunkollen.importer.SourceText;
import se.kommunkollen.importer.read.HtmlFragments;
import se.kommunkollen.importer.read.Keys;
import se.kommunkollen.importer.read.StatusVocabulary;
import se.kommunkollen.importer.read.TabTable;
import se.kommunkollen.importer.read.TableRow;
import se.kommunkollen.importer.read.Tables;
import se.kommunkollen.importer.read.Texts;
import se.kommunkollen.importer.read.WarningLog;

/**
 * "Årets prioriterade satsningar" (Årliga prioriteringar | Kommentar | Status) and
 * "Uppföljning av de riktade uppdragen" ( | Uppdrag | Kommentar). A row with no title
 * continues the comment of the row before it across a page break. The document does not
 * say which goal a satsning serves, so none is linked.
 */
final class InitiativeReader {

	private final SourceText text;

	private final WarningLog log;

	private final Keys keys;

	private final List<Builder> initiatives = new ArrayList<>();

	InitiativeReader(SourceText text, Keys keys, WarningLog log) {
		this.text = text;
		this.keys = keys;
		this.log = log;
	}

	static boolean isPriorityHeader(List<String> cells) {
		return cells.size() == 3 && cells.get(0).toLowerCase(new Locale("sv")).contains("prioritering")
				&& cells.get(1).equalsIgnoreCase("Kommentar") && cells.get(2).equalsIgnoreCase("Status");
	}

	static boolean isAssignmentHeader(List<String> cells) {
		return Tables.cellsAre(cells, "", "Uppdrag", "Kommentar");
	}

	void read() {
		for (int number = 1; number <= this.text.lineCount(); number++) {
			List<String> cells = TabTable.cells(this.text.line(number));
			if (isPriorityHeader(cells)) {
				TabTable table = Tables.readUntil(this.text, number, (other) -> isAssignmentHeader(other));
				table.rows().forEach(this::readPriority);
				number = table.lines().end();
			}
			else if (isAssignmentHeader(cells)) {
				TabTable table = Tables.readUntil(this.text, number, (other) -> isPriorityHeader(other));
				String commissionedBy = null;
				for (TableRow row : table.rows()) {
					commissionedBy = readAssignment(row, commissionedBy);
				}
				number = table.lines().end();
			}
		}
	}

	List<ParsedReport.Initiative> initiatives() {
		List<ParsedReport.Initiative> result = new ArrayList<>();
		for (Builder b : this.initiatives) {
			result.add(new ParsedReport.Initiative(this.keys.unique(b.title), null, b.kind, b.title, b.commissionedBy,
					Texts.join(List.of(b.comment)), b.status, b.statusLabel,
					new ParsedReport.LineRange(b.firstLine, b.lastLine), b.statusLine));
		}
		return result;
	}

	private void readPriority(TableRow row) {
		String title = HtmlFragments.plain(row.cell(0));
		ParsedReport.Text comment = HtmlFragments.read(row.cell(1));
		if (title.isEmpty()) {
			continueLast(row, comment);
			return;
		}
		Builder initiative = new Builder(InitiativeKind.PRIORITY, title, null, comment, row.line());
		String label = StatusVocabulary.cleanLabel(HtmlFragments.plain(row.cell(2)));
		if (label == null) {
			initiative.status = CommitmentStatus.UNKNOWN;
			this.log.add(row.line(), "STATUS_SYMBOL_LOST",
					"Initiative '" + title + "': the status cell is empty; stored as UNKNOWN");
		}
		else {
			initiative.statusLabel = label;
			initiative.statusLine = row.line();
			initiative.status = StatusVocabulary.commitmentStatus(label).orElse(null);
			if (initiative.status == null) {
				initiative.status = CommitmentStatus.UNKNOWN;
				this.log.add(row.line(), "UNKNOWN_STATUS_LABEL",
						"Initiative '" + title + "': status label '" + label + "' is not known; stored as UNKNOWN");
			}
		}
		this.initiatives.add(initiative);
	}

	private String readAssignment(TableRow row, String commissionedBy) {
		String by = HtmlFragments.plain(row.cell(0));
		String title = HtmlFragments.plain(row.cell(1));
		ParsedReport.Text comment = HtmlFragments.read(row.cell(2));
		String current = by.isEmpty() ? commissionedBy : by;
		if (title.isEmpty()) {
			continueLast(row, comment);
			return current;
		}
		// No status column is printed for riktade uppdrag: nothing was lost, nothing to
		// warn about.
		this.initiatives.add(new Builder(InitiativeKind.DIRECTED_ASSIGNMENT, title, current, comment, row.line()));
		return current;
	}

	private void continueLast(TableRow row, ParsedReport.Text comment) {
		if (this.initiatives.isEmpty()) {
			this.log.add(row.line(), "ORPHAN_ROW",
					"Initiative table: a continuation row with no initiative before it; ignored");
			return;
		}
		Builder last = this.initiatives.get(this.initiatives.size() - 1);
		last.comment = Texts.append(last.comment, comment);
		last.lastLine = row.line();
	}

	private static final class Builder {

		final InitiativeKind kind;

		final String title;

		final String commissionedBy;

		final int firstLine;

		ParsedReport.Text comment;

		CommitmentStatus status = CommitmentStatus.UNKNOWN;

		String statusLabel;

		Integer statusLine;

		int lastLine;

		Builder(InitiativeKind kind, String title, String commissionedBy, ParsedReport.Text comment, int line) {
			this.kind = kind;
			this.title = title;
			this.commissionedBy = commissionedBy;
			this.comment = comment;
			this.firstLine = line;
			this.lastLine = line;
		}

	}

}
