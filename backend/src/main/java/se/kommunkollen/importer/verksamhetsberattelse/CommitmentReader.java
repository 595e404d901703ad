package se.kommunkollen.importer.verksamhetsberattelse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.kommunkollen.commitment.CommitmentStatus;
import se.kommunkollen.importer.ParsedReport;
import se.kommunkollen.importer.SourceText;
import se.kommunkollen.importer.read.Keys;
import se.kommunkollen.importer.read.Lines;
import se.kommunkollen.importer.read.StatusSentences;
import se.kommunkollen.importer.read.StatusVocabulary;
import se.kommunkollen.importer.read.TabTable;
import se.kommunkollen.importer.read.TableRow;
import se.kommunkollen.importer.read.Tables;
import se.kommunkollen.importer.read.Texts;
import se.kommunkollen.importer.read.WarningLog;

/**
 * "1-åriga åtaganden": a commitment is a paragraph ending in the responsible bodies in
 * parentheses ("… (KS, SBN, alla bolag)"), then a "Status | Färdiggrad" block whose
 * symbols were images, then follow-up text up to the next commitment or heading. A "✓"
 * that survived extraction gives a status; the lost ones are filled in only where the
 * report's own sentences settle every one of them (see {@link #applySummary()}).
 */
final class CommitmentReader {

	/** The legend's meaning of the check mark ("Klart, avslutat"). */
	static final String DONE_LABEL = "Klart, avslutat";

	private static final Map<String, String> SYMBOL_LABELS = Map.of("✓", DONE_LABEL, "✔", DONE_LABEL);

	private static final Pattern COMMITMENT = Pattern.compile("^(.+?)\\s*\\(([^()]+)\\)\\s*\\.?$");

	private static final Pattern BODY = Pattern.compile("^(\\p{Lu}{2,6}|(?iu)alla\\s+\\p{L}[\\p{L}\\s]*)$");

	private static final Pattern COMPLETION = Pattern.compile("^(\\d{1,3})\\s*%$");

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
			// warned about in applySummary(), unless the report's sentences give the
			// status
			return;
		}
		commitment.visibleSymbol = true;
		commitment.symbolLine = symbols.line();
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
	 * "Kommunstyrelsen avrapporterar 14 åtaganden under 2022. 13 av åtagandena bedöms
	 * vara klara vid årets slut." with the one not done named ("… för åtagandet "X" har
	 * blivit försenade …"): when the count read matches the stated total, every
	 * commitment not done is named, and no visible symbol says otherwise, the named ones
	 * are DELAYED and the others without a symbol DONE, each with the sentence's line and
	 * printed words. Otherwise nothing is filled in and a warning says why.
	 */
	void applySummary() {
		fillFromSummary();
		for (Draft draft : this.drafts) {
			if (draft.statusLine < 0 && draft.status == CommitmentStatus.UNKNOWN) {
				this.log.add(draft.line, "STATUS_SYMBOL_LOST",
						"Commitment '" + draft.shortText() + "': no status block; stored as UNKNOWN");
			}
			else if (!draft.visibleSymbol && draft.status == CommitmentStatus.UNKNOWN) {
				this.log.add(draft.statusLine, "STATUS_SYMBOL_LOST",
						"Commitment '" + draft.shortText()
								+ "': status symbol lost in extraction (status block at line " + draft.statusLine
								+ ") and no sentence of the report settles it; stored as UNKNOWN");
			}
		}
	}

	private void fillFromSummary() {
		List<Integer> summaryLines = new ArrayList<>();
		List<StatusSentences.CommitmentCount> counts = new ArrayList<>();
		List<StatusSentences.NamedDelay> delays = new ArrayList<>();
		List<Integer> delayLines = new ArrayList<>();
		for (int number = 1; number <= this.text.lineCount(); number++) {
			String line = this.text.line(number);
			Optional<StatusSentences.CommitmentCount> stated = StatusSentences.commitmentsDone(line);
			if (stated.isPresent()) {
				counts.add(stated.get());
				summaryLines.add(number);
			}
			for (StatusSentences.NamedDelay delay : StatusSentences.namedDelays(line)) {
				if (delays.stream()
					.noneMatch((d) -> comparable(d.commitment()).equals(comparable(delay.commitment())))) {
					delays.add(delay);
					delayLines.add(number);
				}
			}
		}
		if (counts.isEmpty()) {
			return;
		}
		int summaryLine = nearest(summaryLines, delayLines.isEmpty() ? summaryLines.get(0) : delayLines.get(0));
		StatusSentences.CommitmentCount count = counts.get(summaryLines.indexOf(summaryLine));
		String problem = fillProblem(count, counts, delays);
		if (problem != null) {
			long visible = this.drafts.stream().filter((d) -> d.visibleSymbol).count();
			this.log.add(summaryLine, "COMMITMENT_SUMMARY_MISMATCH", "The summary says '" + count.label() + "' ("
					+ count.done() + " done of " + ((count.total() != null) ? count.total() : "an unstated number")
					+ "); " + this.drafts.size() + " commitments were read, " + visible
					+ " with a visible status symbol; " + problem + ", so the ones without a symbol stay UNKNOWN");
			return;
		}
		for (int i = 0; i < delays.size(); i++) {
			Draft draft = named(delays.get(i).commitment());
			draft.status = CommitmentStatus.DELAYED;
			draft.statusLabel = delays.get(i).label();
			draft.evidenceLine = delayLines.get(i);
		}
		for (Draft draft : this.drafts) {
			if (!draft.visibleSymbol && draft.status == CommitmentStatus.UNKNOWN) {
				draft.status = CommitmentStatus.DONE;
				draft.statusLabel = count.label();
				draft.evidenceLine = summaryLine;
			}
		}
	}

	/**
	 * The summary nearest above the sentence naming a delayed commitment, else the first.
	 */
	private static int nearest(List<Integer> summaryLines, int line) {
		int best = summaryLines.get(0);
		for (int summary : summaryLines) {
			if (summary <= line) {
				best = summary;
			}
		}
		return best;
	}

	/** Why the summary cannot fill in the lost statuses, or null when it can. */
	private String fillProblem(StatusSentences.CommitmentCount count, List<StatusSentences.CommitmentCount> all,
			List<StatusSentences.NamedDelay> delays) {
		if (all.stream()
			.anyMatch((other) -> other.done() != count.done() || !Objects.equals(other.total(), count.total()))) {
			return "the report states different counts "
					+ all.stream().map(StatusSentences.CommitmentCount::label).toList();
		}
		if (count.total() == null || count.total() != this.drafts.size()) {
			return "the total differs from the commitments read";
		}
		if (count.total() - count.done() != delays.size()) {
			return (count.total() - count.done()) + " are not done but " + delays.size() + " are named as delayed";
		}
		for (StatusSentences.NamedDelay delay : delays) {
			Draft draft = named(delay.commitment());
			if (draft == null) {
				return "the commitment named as delayed ('" + delay.commitment() + "') was not found";
			}
			if (draft.visibleSymbol) {
				return "the commitment named as delayed has a visible status '" + draft.statusLabel + "'";
			}
		}
		long visibleNotDone = this.drafts.stream()
			.filter((d) -> d.visibleSymbol && d.status != CommitmentStatus.DONE)
			.count();
		if (visibleNotDone > 0) {
			return visibleNotDone + " visible symbols do not say done";
		}
		return null;
	}

	private Draft named(String text) {
		String wanted = comparable(text);
		List<Draft> found = this.drafts.stream().filter((d) -> comparable(d.text).equals(wanted)).toList();
		return (found.size() == 1) ? found.get(0) : null;
	}

	private static String comparable(String text) {
		return text.toLowerCase(new Locale("sv")).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
	}

	List<ParsedReport.Commitment> commitments() {
		List<ParsedReport.Commitment> result = new ArrayList<>();
		for (Draft d : this.drafts) {
			result.add(new ParsedReport.Commitment(this.keys.unique(d.text), null, d.areaKey, d.text,
					List.copyOf(d.responsible), d.status, d.statusLabel, d.completion, Texts.paragraphs(d.followUp),
					new ParsedReport.LineRange(d.line, d.lastLine),
					(d.evidenceLine > 0) ? Integer.valueOf(d.evidenceLine)
							: (d.visibleSymbol ? Integer.valueOf(d.symbolLine) : null)));
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

		int symbolLine = -1;

		/** A sentence elsewhere that states the status. */
		int evidenceLine = -1;

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
