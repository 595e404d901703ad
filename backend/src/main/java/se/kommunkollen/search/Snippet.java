package se.kommunkollen.search;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.util.HtmlUtils;

/**
 * A short passage of a hit's text, with the matched words marked.
 *
 * @param text the passage as plain text
 * @param marks the matched words, as [start, end) character ranges of {@code text}
 */
public record Snippet(String text, List<Mark> marks) {

	/** Around this many characters, cut at spaces. */
	static final int LENGTH = 240;

	/** Characters shown before the first match. */
	static final int LEAD = 80;

	// What the highlighter writes around a match; report text holds no control
	// characters.
	static final String MATCH_START = "\u0002";

	static final String MATCH_END = "\u0003";

	public record Mark(int start, int end) {
	}

	/** The passage with its matches in {@code <mark>}, everything else escaped. */
	public String html() {
		StringBuilder html = new StringBuilder();
		int position = 0;
		for (Mark mark : this.marks) {
			html.append(escaped(this.text.substring(position, mark.start())))
				.append("<mark>")
				.append(escaped(this.text.substring(mark.start(), mark.end())))
				.append("</mark>");
			position = mark.end();
		}
		return html.append(escaped(this.text.substring(position))).toString();
	}

	/** Only what HTML needs escaped: å, ä and ö stay as they are. */
	private static String escaped(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

	/**
	 * From the highlighter's passage (matches between the markers), cut to about
	 * {@link #LENGTH}.
	 */
	static Snippet fromHighlighted(String highlighted) {
		StringBuilder plain = new StringBuilder();
		List<Mark> marks = new ArrayList<>();
		int index = 0;
		while (index < highlighted.length()) {
			int start = highlighted.indexOf(MATCH_START, index);
			if (start < 0) {
				plain.append(highlighted, index, highlighted.length());
				break;
			}
			int end = highlighted.indexOf(MATCH_END, start);
			plain.append(highlighted, index, start);
			int markStart = plain.length();
			plain.append(highlighted, start + 1, (end < 0) ? highlighted.length() : end);
			marks.add(new Mark(markStart, plain.length()));
			index = (end < 0) ? highlighted.length() : end + 1;
		}
		return cut(plain.toString(), marks);
	}

	/** The beginning of a text without matches. */
	static Snippet plain(String text) {
		return cut((text != null) ? text : "", List.of());
	}

	private static Snippet cut(String text, List<Mark> marks) {
		String flat = text.replaceAll("\\s", " ");
		if (flat.length() <= LENGTH) {
			return new Snippet(flat, marks);
		}
		int from = marks.isEmpty() ? 0 : Math.max(0, marks.get(0).start() - LEAD);
		if (from > 0) {
			int space = flat.indexOf(' ', from);
			from = (space >= 0 && space < marks.get(0).start()) ? space + 1 : from;
		}
		int to = Math.min(flat.length(), from + LENGTH);
		if (to < flat.length()) {
			int space = flat.lastIndexOf(' ', to);
			to = (space > from) ? space : to;
		}
		String prefix = (from > 0) ? "… " : "";
		String suffix = (to < flat.length()) ? " …" : "";
		List<Mark> kept = new ArrayList<>();
		for (Mark mark : marks) {
			if (mark.start() >= from && mark.end() <= to) {
				kept.add(new Mark(mark.start() - from + prefix.length(), mark.end() - from + prefix.length()));
			}
		}
		return new Snippet(prefix + flat.substring(from, to).stripTrailing() + suffix, kept);
	}

}
