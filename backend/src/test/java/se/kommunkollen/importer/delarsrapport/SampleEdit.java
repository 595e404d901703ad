package se.kommunkollen.importer.delarsrapport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import se.kommunkollen.importer.SourceText;
import se.kommunkollen.importer.read.SampleTexts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sample report changed line by line for a variant test. Each change checks the line it
 * replaces, so a test cannot silently edit the wrong line.
 */
public final class SampleEdit {

	private final String fileName;

	private final List<String> lines;

	private SampleEdit(String fileName, List<String> lines) {
		this.fileName = fileName;
		this.lines = new ArrayList<>(lines);
	}

	public static SampleEdit of(String sample) {
		return new SampleEdit(sample, SampleTexts.load(sample).lines());
	}

	public SampleEdit replace(int line, String expected, String replacement) {
		assertThat(this.lines.get(line - 1)).as("line %d", line).isEqualTo(expected);
		this.lines.set(line - 1, replacement);
		return this;
	}

	/** Replaces the first occurrence of {@code part} in the line. */
	public SampleEdit replaceIn(int line, String part, String replacement) {
		assertThat(this.lines.get(line - 1)).as("line %d", line).contains(part);
		this.lines.set(line - 1, this.lines.get(line - 1)
			.replaceFirst(java.util.regex.Pattern.quote(part), java.util.regex.Matcher.quoteReplacement(replacement)));
		return this;
	}

	public SampleEdit replaceEverywhere(String part, String replacement) {
		assertThat(String.join("\n", this.lines)).contains(part);
		this.lines.replaceAll((line) -> line.replace(part, replacement));
		return this;
	}

	public SampleEdit delete(int line, String expected) {
		assertThat(this.lines.get(line - 1)).as("line %d", line).isEqualTo(expected);
		this.lines.remove(line - 1);
		return this;
	}

	public SampleEdit insertAfter(int line, String... added) {
		this.lines.addAll(line, Arrays.asList(added));
		return this;
	}

	public SampleEdit keepUpTo(int line) {
		this.lines.subList(line, this.lines.size()).clear();
		return this;
	}

	public String line(int line) {
		return this.lines.get(line - 1);
	}

	public SourceText text() {
		return new SourceText(this.fileName, this.lines);
	}

}
