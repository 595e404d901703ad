package se.kommunkollen.municipality;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import se.kommunkollen.importer.SourceText;

/**
 * The 290 Swedish municipalities (SCB kommunkod, name, county) from
 * {@code reference/municipalities.csv}, their stable ids, and which one a report is
 * about.
 */
@Component
public class MunicipalityDirectory {

	public static final String RESOURCE = "reference/municipalities.csv";

	/**
	 * How many lines from the top of a report are read first when looking for its
	 * municipality.
	 */
	static final int HEAD_LINES = 150;

	/**
	 * Names that are also Swedish words, given names or surnames ("Mark", "Vara",
	 * "Berg"): a bare mention of them is no evidence, only "Mark kommun", "Bergs kommun"
	 * or a web domain is.
	 */
	private static final Set<String> COMMON_WORDS = Set.of("Ale", "Berg", "Bjuv", "Boden", "Eda", "Flen", "Habo",
			"Heby", "Hjo", "Kil", "Kinda", "Lund", "Mark", "Mora", "Nora", "Orsa", "Sala", "Salem", "Sunne", "Säter",
			"Vara", "Ydre", "Åre", "Osby", "Tanum", "Gagnef", "Laxå", "Stockholm", "Gotland");

	private static final int STRONG = 3;

	private static final int MEDIUM = 2;

	private static final int WEAK = 1;

	private static final Pattern DOMAIN = Pattern.compile("(?<![\\p{L}\\p{N}.-])(?:www\\.|@)?([a-z0-9-]+)\\.se\\b");

	private static final Pattern KOMMUN_AFTER = Pattern
		.compile("^[ \\u00A0]+kommun(?:s|koncern|koncernen|koncernens)?\\b");

	private static final Pattern KOMMUNEN_BEFORE = Pattern.compile("\\bkommunen[ \\u00A0]+$");

	/**
	 * A municipality: {@code id} is its slug, made unique with the code where two names
	 * share one.
	 */
	public record Municipality(String id, String code, String name, String county) {
	}

	private final List<Municipality> municipalities;

	private final Map<String, Municipality> byName = new HashMap<>();

	private final Map<String, List<Municipality>> byDomain = new HashMap<>();

	private final Pattern names;

	public MunicipalityDirectory() {
		this(readCsv());
	}

	MunicipalityDirectory(List<String[]> rows) {
		Map<String, Long> slugCounts = rows.stream()
			.collect(Collectors.groupingBy((row) -> slug(row[1]), Collectors.counting()));
		List<Municipality> list = new ArrayList<>();
		for (String[] row : rows) {
			String slug = slug(row[1]);
			String id = (slugCounts.get(slug) > 1) ? slug + "-" + row[0] : slug;
			Municipality municipality = new Municipality(id, row[0], row[1], row[2]);
			list.add(municipality);
			this.byName.put(municipality.name(), municipality);
			for (String domain : domains(municipality.name())) {
				this.byDomain.computeIfAbsent(domain, (d) -> new ArrayList<>()).add(municipality);
			}
		}
		this.municipalities = List.copyOf(list);
		String alternation = list.stream()
			.map(Municipality::name)
			.sorted(Comparator.comparingInt(String::length).reversed())
			.map(Pattern::quote)
			.collect(Collectors.joining("|"));
		this.names = Pattern.compile("(?<![\\p{L}\\p{N}-])(" + alternation + ")(s)?(?![\\p{L}\\p{N}])");
	}

	/**
	 * A stable id from a name: lowercase, å/ä→a, ö→o, é→e, other runs of characters
	 * outside [a-z0-9] → "-" ("Upplands Väsby" → "upplands-vasby").
	 */
	public static String slug(String name) {
		String lower = name.toLowerCase(Locale.ROOT)
			.replace('å', 'a')
			.replace('ä', 'a')
			.replace('ö', 'o')
			.replace('é', 'e');
		String ascii = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
	}

	public List<Municipality> all() {
		return this.municipalities;
	}

	/**
	 * @param name as in the reference list ("Enköping"), without "kommun"
	 */
	public Optional<Municipality> byName(String name) {
		return Optional.ofNullable(this.byName.get(name));
	}

	/**
	 * The name of the municipality a report is about, from its content: "X kommun", "Xs
	 * kommun", "X kommunkoncern", "kommunen X", web and e-mail domains ("@enkoping.se"),
	 * and, weakest, bare mentions of the name. The first {@value #HEAD_LINES} lines
	 * decide; the whole text breaks a tie or decides when the head names none.
	 */
	public Optional<String> findIn(SourceText text) {
		int headEnd = Math.min(HEAD_LINES, text.lineCount());
		Map<String, Integer> head = score(text, 1, headEnd);
		Map<String, Integer> whole = score(text, 1, text.lineCount());
		Map<String, Integer> deciding = head.isEmpty() ? whole : head;
		Comparator<String> byEvidence = Comparator.<String>comparingInt(deciding::get)
			.thenComparingInt((name) -> whole.getOrDefault(name, 0));
		List<String> ranked = deciding.keySet().stream().sorted(byEvidence.reversed()).toList();
		if (ranked.isEmpty()) {
			return Optional.empty();
		}
		if (ranked.size() > 1 && byEvidence.compare(ranked.get(0), ranked.get(1)) == 0) {
			return Optional.empty();
		}
		return Optional.of(ranked.get(0));
	}

	private Map<String, Integer> score(SourceText text, int from, int to) {
		Map<String, Integer> scores = new LinkedHashMap<>();
		for (int number = from; number <= to; number++) {
			String line = text.line(number);
			Matcher matcher = this.names.matcher(line);
			while (matcher.find()) {
				String name = matcher.group(1);
				int weight = weight(line, name, matcher);
				if (weight > 0) {
					scores.merge(name, weight, Integer::sum);
				}
			}
			Matcher domains = DOMAIN.matcher(line.toLowerCase(Locale.ROOT));
			while (domains.find()) {
				List<Municipality> owners = this.byDomain.getOrDefault(domains.group(1), List.of());
				for (Municipality owner : owners) {
					scores.merge(owner.name(), STRONG, Integer::sum);
				}
			}
		}
		return scores;
	}

	private static int weight(String line, String name, Matcher matcher) {
		boolean genitive = matcher.group(2) != null;
		if (KOMMUN_AFTER.matcher(line.substring(matcher.end())).find()) {
			return STRONG;
		}
		if (!genitive && KOMMUNEN_BEFORE.matcher(line.substring(0, matcher.start())).find()) {
			return COMMON_WORDS.contains(name) ? 0 : MEDIUM;
		}
		return COMMON_WORDS.contains(name) ? 0 : WEAK;
	}

	/**
	 * "Upplands Väsby" → upplands-vasby, upplandsvasby, and both with "kommun" appended.
	 */
	private static List<String> domains(String name) {
		String slug = slug(name);
		String joined = slug.replace("-", "");
		return List.of(slug, joined, slug + "kommun", joined + "kommun", slug + "-kommun").stream().distinct().toList();
	}

	private static List<String[]> readCsv() {
		try (InputStream in = MunicipalityDirectory.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Missing classpath resource " + RESOURCE);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			List<String[]> rows = new ArrayList<>();
			String header = reader.readLine();
			if (!"code,name,county".equals(header)) {
				throw new IllegalStateException(RESOURCE + " must start with the header code,name,county");
			}
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank()) {
					continue;
				}
				String[] row = line.split(",", -1);
				if (row.length != 3 || !row[0].matches("\\d{4}")) {
					throw new IllegalStateException(RESOURCE + ": malformed row '" + line + "'");
				}
				rows.add(row);
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
