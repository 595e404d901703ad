package se.kommunkollen.importer.verksamhetsberattelse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.kommunkollen.commitment.CommitmentStatus;
import se.kommunkollen.importer.ParsedReport;
import se.kommunkollen.importer.SourceText;
import se.kommunkollen.importer.read.Keys;
import se.kommunkollen.importer.read.Lines;
import se.kommunkollen.importer.read.NumberWords;
import se.kommunkollen.importer.read.StatusVocabulary;
import se.kommunkollen.importer.read.TabTable;
import se.kommunkollen.importer.read.TableRow;
import se.kommunkollen.importer.read.Tables;
import se.kommunkollen.importer.read.Texts;
import se.kommunkollen.importer.read.WarningLog;

/**
 * "1-åriga åtaganden": a commitment is a paragraph ending in the responsible bodies in
 * parentheses ("… (KS, SBN, alla bolag)"), then a "Status | Färdiggrad" block whose
 * symbols were images, then follow-up text up to the next commitment or heading. Only a
 * "✓" that survived extraction gives a status; the summary's count of finished
 * commitments is never used to fill in the others.
 */
final class CommitmentReader {

	/** The legend's meaning of the check mark ("Klart, avslutat"). */
	static final String DONE_LABEL = "Klart, avslutat";

	private static final Map<String, String> SYMBOL_LABELS = Map.of("✓", DONE_LABEL, "✔", DONE_LABEL);

	private static final Pattern COMMITMENT = Pattern.compile("^(.+?)\\s*\\(([^()]+)\\)\\s*\\.?$");

	private static final Pattern BODY = Pattern.compile("^(\\p{Lu}{2,6}|(?iu)alla\\s+\\p{L}[\\p{L}\\s]*)$");

	private static final Pattern COMPLETION = Pattern.compile("^(\\d{1,3})\\s*%$");

	private static final Pattern TOTAL = Pattern
		.compile("(?iu)avrapporterar\\s+" + NumberWords.PATTERN + "\\s+åtaganden");

	private static final Pattern DONE = Pattern
		.compile("(?iu)" + NumberWords.PATTERN + "\\s+av\\s+åtagandena\\s+bedöms\\s+vara\\s+klara");

	private final SourceText text;

	private final WarningLog log;

	private final Keys keys = new Keys();

	private final List<Draft> drafts = new ArrayList<>();

	CommitmentReader(SourceText text, WarningLog log) {
		this.text = text;
		this.log = log;
	}

	static boolean isZoneHeading(String line) {
		return !Lines.hasTab(line) && Lines.trim(line).equalsIgnoreCase("1-åriga åtaganden");
	}

	void readSection(String areaKey, int from, int to) {
		boolean inZone = false;
		Draft current = null;
		for (int number = from; number <= to; number++) {
			String line = this.text.line(number);
			if (isZoneHeading(line)) {
				inZone = true;
				continue;
			}
			if (ProcessGoalReader.isZoneHeading(line)) {
				inZone = false;
				current = null;
				continue;
			}
			if (!inZone || Lines.isBlank(line)) {
				continue;
			}
			List<String> cells = TabTable.cells(line);
			if (Tables.cellsAre(cells, "Status", "Färdiggrad")) {
				TabTable block = TabTable.readFrom(this.text, number);
				TableRow symbols = block.rows().isEmpty() ? null : block.rows().get(0);
				status(current, number, symbols);
				number = (symbols != null) ? symbols.line() : number;
				continue;
			}
			if (Lines.hasTab(line)) {
				continue;
			}
			Draft commitment = commitment(line, number, areaKey);
			if (commitment != null) {
				this.drafts.add(commitment);
				current = commitment;
			}
			else if (Lines.isHeadingLike(line)) {
				current = null;
			}
			else if (current != null) {
				current.followUp.add(line);
				current.lastLine = number;
			}
		}
	}

	private Draft commitment(String line, int number, String areaKey) {
		Matcher matcher = COMMITMENT.matcher(Lines.trim(line));
		if (!matcher.matches()) {
			return null;
		}
		List<String> bodies = new ArrayList<>();
		for (String part : matcher.group(2).split(",")) {
			String body = part.trim();
			if (!BODY.matcher(body).matches()) {
				return null;
			}
			bodies.add(body);
		}
		return new Draft(matcher.group(1).trim(), bodies, areaKey, number);
	}

	private void status(Draft commitment, int blockLine, TableRow symbols) {
		if (commitment == null) {
			this.log.add(blockLine, "ORPHAN_STATUS", "Status block with no commitment above it; ignored");
			return;
		}
		if (commitment.statusLine > 0) {
			this.log.add(blockLine, "EXTRA_STATUS_BLOCK", "Commitment '" + commitment.shortText()
					+ "': a second status block; the first (line " + commitment.statusLine + ") is kept");
			return;
		}
		commitment.statusLine = blockLine;
		commitment.lastLine = Math.max(commitment.lastLine, (symbols != null) ? symbols.line() : blockLine);
		String symbol = (symbols != null) ? symbols.cell(0) : "";
		if (symbol.isEmpty()) {
			this.log.add(blockLine, "STATUS_SYMBOL_LOST",
					"Commitment '" + commitment.shortText()
							+ "': status symbol lost in extraction (status block at line " + blockLine
							+ "); stored as UNKNOWN");
			return;
		}
		commitment.visibleSymbol = true;
		String label = SYMBOL_LABELS.getOrDefault(symbol, StatusVocabulary.cleanLabel(symbol));
		commitment.statusLabel = (label != null) ? label : symbol;
		commitment.status = (label != null) ? StatusVocabulary.commitmentStatus(label).orElse(null) : null;
		if (commitment.status == null) {
			commitment.status = CommitmentStatus.UNKNOWN;
			this.log.add(symbols.line(), "UNKNOWN_STATUS_LABEL", "Commitment '" + commitment.shortText() + "': status '"
					+ symbol + "' has no known meaning; stored as UNKNOWN");
		}
		Matcher completion = COMPLETION.matcher(symbols.cell(1));
		if (completion.matches()) {
			commitment.completion = Integer.valueOf(completion.group(1));
		}
	}

	/**
	 * "14 åtaganden … 13 av åtagandena bedöms vara klara": compared, never used as data.
	 */
	void compareWithSummary() {
		for (Draft draft : this.drafts) {
			if (draft.statusLine < 0) {
				this.log.add(draft.line, "STATUS_SYMBOL_LOST",
						"Commitment '" + draft.shortText() + "': no status block; stored as UNKNOWN");
			}
		}
		for (int number = 1; number <= this.text.lineCount(); number++) {
			String line = this.text.line(number);
			Matcher total = TOTAL.matcher(line);
			Matcher done = DONE.matcher(line);
			if (!total.find() || !done.find()) {
				continue;
			}
			Integer statedTotal = NumberWords.parse(total.group(1));
			Integer statedDone = NumberWords.parse(done.group(1));
			long visible = this.drafts.stream().filter((d) -> d.visibleSymbol).count();
			long parsedDone = this.drafts.stream().filter((d) -> d.status == CommitmentStatus.DONE).count();
			if (statedTotal != null && statedDone != null
					&& (statedTotal != this.drafts.size() || statedDone != parsedDone)) {
				this.log.add(number, "COMMITMENT_SUMMARY_MISMATCH",
						"The summary says " + statedTotal + " commitments of which " + statedDone + " are done; "
								+ this.drafts.size() + " commitments were read, " + visible
								+ " with a visible status symbol (" + parsedDone + " done); the "
								+ (this.drafts.size() - visible)
								+ " without a symbol stay UNKNOWN and are not filled in from the summary");
			}
			return;
		}
	}

	List<ParsedReport.Commitment> commitments() {
		List<ParsedReport.Commitment> result = new ArrayList<>();
		for (Draft d : this.drafts) {
			result.add(new ParsedReport.Commitment(this.keys.unique(d.text), null, d.areaKey, d.text,
					List.copyOf(d.responsible), d.status, d.statusLabel, d.completion, Texts.paragraphs(d.followUp),
					new ParsedReport.LineRange(d.line, d.lastLine)));
		}
		return result;
	}

	private static final class Draft {

		final String text;

		final List<String> responsible;

		final String areaKey;

		final int line;

		final List<String> followUp = new ArrayList<>();

		int lastLine;

		int statusLine = -1;

		boolean visibleSymbol;

		CommitmentStatus status = CommitmentStatus.UNKNOWN;

		String statusLabel;

		Integer completion;

		Draft(String text, List<String> responsible, String areaKey, int line) {
			this.text = text;
			this.responsible = responsible;
			this.areaKey = areaKey;
			this.line = line;
			this.lastLine = line;
		}

		String shortText() {
			return (this.text.length() > 60) ? this.text.substring(0, 60) + "…" : this.text;
		}

	}

}
