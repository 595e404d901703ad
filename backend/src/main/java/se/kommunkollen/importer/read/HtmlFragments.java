package se.kommunkollen.importer.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Safelist;

import se.kommunkollen.importer.ParsedReport;

/**
 * Table cells that may hold HTML fragments from the report's authoring system. Markup is
 * sanitised with a narrow safelist and never passed on raw.
 */
public final class HtmlFragments {

	private static final Pattern MARKUP = Pattern.compile("<\\s*/?\\s*[a-zA-Z][^>]*>");

	private static final Safelist SAFELIST = Safelist.none()
		.addTags("p", "ul", "ol", "li", "i", "em", "b", "strong", "br");

	private static final List<String> BLOCKS = Arrays.asList("p", "li", "ul", "ol", "div", "br", "tr", "h1", "h2", "h3",
			"h4", "h5", "h6");

	private static final Pattern BULLET = Pattern.compile("\\s*•\\s*");

	private HtmlFragments() {
	}

	/**
	 * @return sanitised HTML and plain text (paragraphs and list items separated by
	 * "\n"); a cell without markup gives {@code Text(null, trimmed text)}
	 */
	public static ParsedReport.Text read(String cell) {
		if (cell == null) {
			return new ParsedReport.Text(null, "");
		}
		if (!hasMarkup(cell)) {
			return new ParsedReport.Text(null, SwedishNumbers.trim(cell));
		}
		Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
		String html = Jsoup.clean(cell, "", SAFELIST, output).trim();
		return new ParsedReport.Text(html, String.join("\n", blocks(html)));
	}

	/** Plain text only. */
	public static String plain(String cell) {
		return read(cell).plain();
	}

	/**
	 * The list items of a cell: {@code
	 *
	<li>}/{@code
	 *
	<p>
	 * } elements or "•"-separated parts.
	 */
	public static List<String> items(String cell) {
		List<String> parts = new ArrayList<>();
		if (cell == null) {
			return parts;
		}
		List<String> blocks = hasMarkup(cell) ? blocks(Jsoup.clean(cell, SAFELIST)) : List.of(cell);
		for (String block : blocks) {
			for (String part : BULLET.split(block)) {
				String item = collapse(part);
				if (!item.isEmpty()) {
					parts.add(item);
				}
			}
		}
		return parts;
	}

	static boolean hasMarkup(String cell) {
		return MARKUP.matcher(cell).find();
	}

	/**
	 * Text of each paragraph or list item of sanitised HTML, in order, empty ones
	 * dropped.
	 */
	private static List<String> blocks(String safeHtml) {
		List<String> blocks = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		collect(Jsoup.parseBodyFragment(safeHtml).body(), blocks, current);
		flush(blocks, current);
		return blocks;
	}

	private static void collect(Node node, List<String> blocks, StringBuilder current) {
		for (Node child : node.childNodes()) {
			if (child instanceof TextNode) {
				current.append(((TextNode) child).getWholeText());
			}
			else if (child instanceof Element) {
				boolean block = BLOCKS.contains(((Element) child).normalName());
				if (block) {
					flush(blocks, current);
				}
				collect(child, blocks, current);
				if (block) {
					flush(blocks, current);
				}
			}
		}
	}

	private static void flush(List<String> blocks, StringBuilder current) {
		String text = collapse(current.toString());
		if (!text.isEmpty()) {
			blocks.add(text);
		}
		current.setLength(0);
	}

	private static String collapse(String text) {
		return SwedishNumbers.trim(text.replaceAll("[\\s\\u00A0\\u202F]+", " "));
	}

}
