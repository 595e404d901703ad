package se.kommunkollen.importer;

import java.util.List;

/**
 * The text of one report as extracted from its PDF, split into lines numbered from 1.
 */
public record SourceText(String fileName, List<String> lines) {

	public SourceText {
		lines = List.copyOf(lines);
	}

	public int lineCount() {
		return this.lines.size();
	}

	/**
	 * @param number 1-based line number
	 */
	public String line(int number) {
		return this.lines.get(number - 1);
	}

}
