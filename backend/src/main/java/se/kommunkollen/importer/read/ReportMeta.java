package se.kommunkollen.importer.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.kommunkollen.importer.ImportException;
import se.kommunkollen.importer.ParsedReport;
import se.kommunkollen.importer.SourceText;
import se.kommunkollen.municipality.MunicipalityDirectory;
import se.kommunkollen.municipality.OrganisationKind;

/**
 * Report facts that both parsers read the same way: the municipality, the issuing board
 * and the organisations whose short codes the text defines ("kommunstyrelsen (KS)").
 */
public final class ReportMeta {

	private static final Pattern BODY = Pattern.compile("^\\p{Lu}\\p{Ll}*(styrelsen|nämnden|fullmäktige)$");

	private static final Pattern DEFINED_CODE = Pattern
		.compile("(?iu)(?<![\\p{L}])(\\p{L}+(styrelsen|nämnden|kontoret|förvaltningen))s?\\s+\\((\\p{Lu}{2,6})\\)");

	private static final Map<String, String> ISSUER_CODES = Map.of("kommunstyrelsen", "ks", "kommunfullmäktige", "kf");

	private ReportMeta() {
	}

	public static String municipality(SourceText text, MunicipalityDirectory municipalities) {
		return municipalities.findIn(text)
			.orElseThrow(() -> new ImportException(text.fileName(), null, "no known municipality name in the text"));
	}

	/** The first line that is only the name of a board ("Kommunstyrelsen"). */
	public static Optional<String> standaloneBody(SourceText text) {
		for (String line : text.lines()) {
			String trimmed = Lines.trim(line);
			if (BODY.matcher(trimmed).matches()) {
				return Optional.of(trimmed);
			}
		}
		return Optional.empty();
	}

	public static String issuerCode(String issuer) {
		String name = issuer.toLowerCase(new Locale("sv"));
		return ISSUER_CODES.getOrDefault(name, Keys.slug(name));
	}

	/** The issuer, and every board or office the text gives a code in parentheses. */
	public static List<ParsedReport.Organisation> organisations(SourceText text, String issuer) {
		Map<String, List<String>> aliases = new LinkedHashMap<>();
		Map<String, OrganisationKind> kinds = new LinkedHashMap<>();
		aliases.put(issuer, new ArrayList<>());
		kinds.put(issuer, OrganisationKind.BOARD);
		for (String line : text.lines()) {
			Matcher matcher = DEFINED_CODE.matcher(line);
			while (matcher.find()) {
				String word = matcher.group(1);
				String name = Character.toUpperCase(word.charAt(0)) + word.substring(1).toLowerCase(new Locale("sv"));
				String suffix = matcher.group(2).toLowerCase(new Locale("sv"));
				kinds.putIfAbsent(name, (suffix.equals("styrelsen") || suffix.equals("nämnden"))
						? OrganisationKind.BOARD : OrganisationKind.OFFICE);
				List<String> codes = aliases.computeIfAbsent(name, (key) -> new ArrayList<>());
				if (!codes.contains(matcher.group(3))) {
					codes.add(matcher.group(3));
				}
			}
		}
		Keys keys = new Keys();
		List<ParsedReport.Organisation> organisations = new ArrayList<>();
		aliases.forEach((name, codes) -> organisations
			.add(new ParsedReport.Organisation(keys.unique(name), name, kinds.get(name), List.copyOf(codes))));
		return organisations;
	}

}
