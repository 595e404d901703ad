package se.kommunkollen.importer.read;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Entities;

import se.kommunkollen.importer.ParsedReport;
import se.kommunkollen.importer.read.HtmlFragments;

/**
 * Joins text fragments (table cells continued across a page break, paragraphs of running
 * text) into one {@link ParsedReport.Text}. Fragments with markup are read with
 * {@link HtmlFragments}; plain ones are escaped into paragraphs when another fragment has
 * markup, so the HTML stays sanitised.
 */
public final class Texts {

	private Texts() {
	}

	/** Each paragraph read with {@link HtmlFragments#read(String)}, then joined. */
	public static ParsedReport.Text paragraphs(List<String> paragraphs) {
		List<ParsedReport.Text> parts = new ArrayList<>();
		for (String paragraph : paragraphs) {
			parts.add(HtmlFragments.read(paragraph));
		}
		return join(parts);
	}

	public static ParsedReport.Text append(ParsedReport.Text first, ParsedReport.Text second) {
		return join(List.of(first, second));
	}

	/**
	 * @return the joined text, or null when every part is empty
	 */
	public static ParsedReport.Text join(List<ParsedReport.Text> parts) {
		List<ParsedReport.Text> present = new ArrayList<>();
		for (ParsedReport.Text part : parts) {
			if (part != null && part.plain() != null && !part.plain().isEmpty()) {
				present.add(part);
			}
		}
		if (present.isEmpty()) {
			return null;
		}
		boolean anyHtml = present.stream().anyMatch((part) -> part.html() != null);
		StringBuilder html = new StringBuilder();
		List<String> plain = new ArrayList<>();
		for (ParsedReport.Text part : present) {
			plain.add(part.plain());
			if (anyHtml) {
				html.append((part.html() != null) ? part.html() : "<p>" + Entities.escape(part.plain()) + "</p>");
			}
		}
		return new ParsedReport.Text(anyHtml ? html.toString() : null, String.join("\n", plain));
	}

	/** The plain text of a cell, or null when empty. */
	public static String plainOrNull(String cell) {
		String plain = HtmlFragments.plain(cell);
		return (plain == null || plain.isEmpty()) ? null : plain;
	}

}
