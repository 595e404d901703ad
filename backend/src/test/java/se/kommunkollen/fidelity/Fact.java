package se.kommunkollen.fidelity;

import java.util.ArrayList;
import java.util.List;

/**
 * One fact of an expected-facts file: a record of the report, the line it stands on, and
 * what the report states about it.
 *
 * @param kind goal, area, commitment, control, evaluation (key "total"), evaluation-area
 * or row
 * @param line the line the record stands on (its title, label or table row)
 * @param key what names the record: a goal's title, an area's name, a commitment's text,
 * a control point (or risk title), an evaluation area's number, a table row's label;
 * ending in "…" it is a prefix
 * @param value the status label as printed, the score, or a row's printed cells joined by
 * " | "; "?" where the report does not tell (served as UNKNOWN without a label)
 * @param normalized the status on the shared scale, or empty
 * @param statusLine the line that states the status, or empty
 * @param pending the reason, where the importer does not serve the record yet (absent is
 * then accepted; served, it must match)
 * @param reason why the value is "?"
 */
record Fact(String kind, int line, String key, String value, String normalized, Integer statusLine, String pending,
		String reason, int fileLine) {

	static final String UNKNOWN = "?";

	static List<Fact> parse(List<String> lines) {
		List<Fact> facts = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] cells = line.split("\t", -1);
			if (cells.length < 4) {
				throw new IllegalArgumentException("Fact on line " + (i + 1) + " has fewer than 4 columns: " + line);
			}
			String note = cell(cells, 6);
			String pending = note.startsWith("pending:") ? note.substring("pending:".length()).trim() : null;
			String reason = (pending == null) ? note : "";
			Fact fact = new Fact(cells[0].trim(), Integer.parseInt(cells[1].trim()), cells[2].trim(), cells[3].trim(),
					cell(cells, 4), cell(cells, 5).isEmpty() ? null : Integer.valueOf(cell(cells, 5)), pending, reason,
					i + 1);
			if (fact.isUnknown() && reason.isEmpty() && pending == null) {
				throw new IllegalArgumentException("Fact on line " + (i + 1) + " is '?' without a reason");
			}
			facts.add(fact);
		}
		return facts;
	}

	private static String cell(String[] cells, int index) {
		return (index < cells.length) ? cells[index].trim() : "";
	}

	boolean isUnknown() {
		return UNKNOWN.equals(this.value);
	}

	boolean matchesKey(String text) {
		if (text == null) {
			return false;
		}
		String served = text.replaceAll("\\s+", " ").trim();
		return this.key.endsWith("…") ? served.startsWith(this.key.substring(0, this.key.length() - 1))
				: served.equals(this.key);
	}

	@Override
	public String toString() {
		return "facts line " + this.fileLine + " (" + this.kind + " '" + this.key + "' at report line " + this.line
				+ ")";
	}

}
