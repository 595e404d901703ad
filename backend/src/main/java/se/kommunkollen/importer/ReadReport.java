package se.kommunkollen.importer;

import java.util.Map;

/**
 * A report file read exactly as an import reads it, before anything is stored: its text,
 * what the parser found, the municipality and report id it reads as, its checksum and the
 * number of records an import would store per entity (the keys of
 * {@link ImportResult#counts()}).
 */
public record ReadReport(SourceText text, ParsedReport parsed, String municipalityId, String reportId, String checksum,
		Map<String, Integer> counts) {

	/** The file's name without directories, as an import stores it. */
	public String fileName() {
		return ReportImporter.withoutDirectories(this.text.fileName());
	}

}
