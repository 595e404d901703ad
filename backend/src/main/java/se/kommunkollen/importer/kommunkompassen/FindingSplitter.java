package se.kommunkollen.importer.kommunkompassen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits a findings cell whose list items lost their separators in extraction ("Tydliga
 * mål för nämnderna Gemensam värdegrund ³ Bra samverkan med skolor"). Rule: a new item
 * starts at a word beginning with a capital followed by a lowercase letter, when the word
 * before it is a lowercase word (no capitals or colon after its first letter, so not
 * "SKR:s") or a footnote mark, and is not a preposition or conjunction ("på", "i", "och"
 * …) that would carry a proper noun.
 */
final class FindingSplitter {

	private static final Pattern ITEM_START = Pattern.compile("\\p{Lu}\\p{Ll}.*");

	private static final Pattern ITEM_END = Pattern.compile(".[^\\p{Lu}:]*\\p{Ll}|[⁰¹²³⁴⁵⁶⁷⁸⁹]+");

	private static final Set<String> CARRIERS = Set.of("på", "i", "av", "med", "för", "och", "till", "om", "mot",
			"från", "enligt", "inom", "hos", "vid", "under", "över", "mellan", "samt", "eller", "som", "genom",
			"utifrån", "kring", "bland", "än", "via", "efter", "före", "åt", "ur", "utan");

	private FindingSplitter() {
	}

	static List<String> split(String text) {
		List<String> items = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		String previous = null;
		for (String word : text.trim().split("\\s+")) {
			boolean starts = previous != null && ITEM_START.matcher(word).matches()
					&& ITEM_END.matcher(previous).matches() && !CARRIERS.contains(previous.toLowerCase(Locale.ROOT));
			if (starts) {
				items.add(current.toString());
				current.setLength(0);
			}
			if (current.length() > 0) {
				current.append(' ');
			}
			current.append(word);
			previous = word;
		}
		if (current.length() > 0) {
			items.add(current.toString());
		}
		return items;
	}

}
