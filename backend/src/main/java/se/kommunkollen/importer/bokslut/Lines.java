package se.kommunkollen.importer.bokslut;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

import se.kommunkollen.importer.ParsedReport;
import se.kommunkollen.importer.SourceText;

/** Line arithmetic over a source text. */
final class Lines {

	private Lines() {
	}

	/** The first non-blank line after {@code line}, or 0. */
	static int nextNonBlank(SourceText text, int line) {
		for (int n = line + 1; n <= text.lineCount(); n++) {
			if (!text.line(n).isBlank()) {
				return n;
			}
		}
		return 0;
	}

	/** The last non-blank line before {@code line}, or 0. */
	static int previousNonBlank(SourceText text, int line) {
		for (int n = line - 1; n >= 1; n--) {
			if (!text.line(n).isBlank()) {
				return n;
			}
		}
		return 0;
	}

	/** The last non-blank line in [from, to], or {@code from}. */
	static int lastNonBlank(SourceText text, int from, int to) {
		for (int n = Math.min(to, text.lineCount()); n > from; n--) {
			if (!text.line(n).isBlank()) {
				return n;
			}
		}
		return from;
	}

	/** The lines of [from, to] that are not excluded. */
	static List<Integer> between(int from, int to, IntPredicate excluded) {
		List<Integer> lines = new ArrayList<>();
		for (int n = from; n <= to; n++) {
			if (!excluded.test(n)) {
				lines.add(n);
			}
		}
		return lines;
	}

	static boolean contains(ParsedReport.LineRange range, int line) {
		return range.start() <= line && line <= range.end();
	}

}
