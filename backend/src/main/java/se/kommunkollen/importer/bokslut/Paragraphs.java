package se.kommunkollen.importer.bokslut;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.kommunkollen.importer.ParsedReport;
import se.kommunkollen.importer.SourceText;
import se.kommunkollen.importer.read.HtmlFragments;
import se.kommunkollen.importer.read.TabTable;

/**
 * Running text of a bokslut: one paragraph per non-blank line, with the markdown emphasis
 * the extraction left (*kursiv*, **fet**) turned into sanitised HTML.
 */
final class Paragraphs {

	private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");

	private static final Pattern ITALIC = Pattern.compile("\\*(.+?)\\*");

	/**
	 * The first emphasised part of a text: "**Har brister** målet följs upp" → "Har
	 * brister".
	 */
	private static final Pattern EMPHASIS = Pattern.compile("\\*{1,2}([^*]+?)\\*{1,2}");

	private Paragraphs() {
	}

	/**
	 * @return the text of the lines, or null when they hold no text
	 */
	static ParsedReport.Text text(SourceText text, List<Integer> lines) {
		List<String> paragraphs = new ArrayList<>();
		for (int line : lines) {
			String paragraph = paragraph(text.line(line));
			if (paragraph != null) {
				paragraphs.add(paragraph);
			}
		}
		if (paragraphs.isEmpty()) {
			return null;
		}
		StringBuilder html = new StringBuilder();
		for (String paragraph : paragraphs) {
			html.append("<p>").append(emphasis(escape(paragraph))).append("</p>");
		}
		return HtmlFragments.read(html.toString());
	}

	/**
	 * A line as a paragraph: two tab-separated cells as "label: value"; wider table rows
	 * are left out.
	 */
	private static String paragraph(String line) {
		if (line.isBlank()) {
			return null;
		}
		if (line.indexOf('\t') >= 0) {
			List<String> cells = TabTable.cells(line).stream().filter((cell) -> !cell.isEmpty()).toList();
			if (cells.size() == 2) {
				return cells.get(0).replaceAll(":$", "") + ": " + cells.get(1);
			}
			return null;
		}
		String trimmed = line.trim();
		return trimmed.equals("-") ? null : trimmed;
	}

	/** Text without markdown emphasis marks. */
	static String plain(String text) {
		return text.replace("*", "").replaceAll("\\s+", " ").trim();
	}

	/**
	 * The status label of an assessment line's remainder: its first emphasised part if it
	 * has one ("**Har brister** målet följs upp våren 2013"), else the whole remainder.
	 */
	static String label(String remainder) {
		Matcher matcher = EMPHASIS.matcher(remainder);
		while (matcher.find()) {
			String part = matcher.group(1).trim();
			if (!part.isEmpty()) {
				return part;
			}
		}
		String plain = plain(remainder);
		return plain.isEmpty() ? null : plain;
	}

	private static String emphasis(String text) {
		String bold = BOLD.matcher(text).replaceAll("<b>$1</b>");
		return ITALIC.matcher(bold).replaceAll("<i>$1</i>");
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

}
