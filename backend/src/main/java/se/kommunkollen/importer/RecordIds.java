package se.kommunkollen.importer;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import se.kommunkollen.municipality.MunicipalityDirectory;
import se.kommunkollen.report.ReportKind;

/**
 * Stable ids for the records of one report: report id, entity prefix and the parser's
 * content-derived key, as a slug. The same document content gives the same ids, so links
 * and embedded widgets survive a new version of a report.
 */
final class RecordIds {

	private final String reportId;

	private final Set<String> used = new HashSet<>();

	private final Map<String, String> byKey = new HashMap<>();

	RecordIds(String reportId) {
		this.reportId = reportId;
	}

	/**
	 * A new id for the record of this kind and key; a repeated key gets a numbered
	 * suffix.
	 */
	String assign(String prefix, String key) {
		String base = this.reportId + "." + prefix + "-" + slugOrIndex(key);
		String id = base;
		for (int n = 2; !this.used.add(id); n++) {
			id = base + "-" + n;
		}
		if (key != null) {
			this.byKey.putIfAbsent(prefix + "\u0000" + key, id);
		}
		return id;
	}

	/**
	 * The id given to the record of this kind and key, or null when the key is null or
	 * unknown.
	 */
	String of(String prefix, String key) {
		return (key != null) ? this.byKey.get(prefix + "\u0000" + key) : null;
	}

	private String slugOrIndex(String key) {
		String slug = (key != null) ? MunicipalityDirectory.slug(key) : "";
		return slug.isEmpty() ? String.valueOf(this.used.size() + 1) : slug;
	}

	static String reportId(String municipalityId, ParsedReport.Meta meta) {
		String kind = switch (meta.kind()) {
			case EVALUATION -> "kommunkompassen";
			case INTERIM_REPORT -> "delarsrapport";
			case ANNUAL_REPORT -> "verksamhetsberattelse";
			case CLOSING_ACCOUNTS -> "bokslut";
		};
		StringBuilder id = new StringBuilder(municipalityId).append('-')
			.append(MunicipalityDirectory.slug(meta.issuerCode()))
			.append('-')
			.append(kind)
			.append('-')
			.append(meta.year());
		if (meta.kind() == ReportKind.INTERIM_REPORT && meta.periodEnd() != null) {
			id.append('-').append(String.format("%02d", meta.periodEnd().getMonthValue()));
		}
		return id.toString();
	}

}
