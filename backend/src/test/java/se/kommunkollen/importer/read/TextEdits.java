package se.kommunkollen.importer.read;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import se.kommunkollen.importer.SourceText;

/** Variants of a sample made inside a test: lines replaced, removed or cut off. */
public final class TextEdits {

	private final String fileName;

	private final List<String> lines;

	private TextEdits(SourceText text, String fileName) {
		this.fileName = fileName;
		this.lines = new ArrayList<>(text.lines());
	}

	public static TextEdits of(SourceText text, String fileName) {
		return new TextEdits(text, fileName);
	}

	/**
	 * Replaces the one line equal to {@code line}; fails when there is none or several.
	 */
	public TextEdits replaceLine(String line, String replacement) {
		int index = onlyIndex(line);
		this.lines.set(index, replacement);
		return this;
	}

	/**
	 * Replaces the first line equal to {@code line} after the one line equal to
	 * {@code anchor}.
	 */
	public TextEdits replaceLineAfter(String anchor, String line, String replacement) {
		int index = this.lines.subList(onlyIndex(anchor), this.lines.size()).indexOf(line);
		if (index < 0) {
			throw new IllegalArgumentException("no line '" + line + "' after '" + anchor + "'");
		}
		this.lines.set(onlyIndex(anchor) + index, replacement);
		return this;
	}

	public TextEdits removeLine(String line) {
		this.lines.remove(onlyIndex(line));
		return this;
	}

	/** Applies an edit to every line ("Haninge" → "Luleå"). */
	public TextEdits everyLine(UnaryOperator<String> edit) {
		this.lines.replaceAll(edit);
		return this;
	}

	/**
	 * Keeps the lines before {@code line} and puts {@code lastLine} in its place; the
	 * text ends there.
	 */
	public TextEdits cutAt(String line, String lastLine) {
		int index = onlyIndex(line);
		this.lines.subList(index, this.lines.size()).clear();
		this.lines.add(lastLine);
		return this;
	}

	public SourceText text() {
		return new SourceText(this.fileName, this.lines);
	}

	private int onlyIndex(String line) {
		int first = this.lines.indexOf(line);
		if (first < 0 || first != this.lines.lastIndexOf(line)) {
			throw new IllegalArgumentException("expected exactly one line '" + line + "'");
		}
		return first;
	}

}
