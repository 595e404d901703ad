package se.kommunkollen.importer.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import se.kommunkollen.importer.ParsedReport;

/**
 * The warnings of one parse. Shared by the delårsrapport and verksamhetsberättelse
 * parsers.
 */
public final class WarningLog {

	private final List<ParsedReport.Warning> warnings = new ArrayList<>();

	public void add(Integer line, String code, String message) {
		this.warnings.add(new ParsedReport.Warning(line, code, message));
	}

	public void addAll(List<ParsedReport.Warning> more) {
		this.warnings.addAll(more);
	}

	/** In source order; warnings without a line first. */
	public List<ParsedReport.Warning> list() {
		List<ParsedReport.Warning> sorted = new ArrayList<>(this.warnings);
		sorted.sort(Comparator.comparing(ParsedReport.Warning::line, Comparator.nullsFirst(Comparator.naturalOrder())));
		return List.copyOf(sorted);
	}

}
