package se.kommunkollen.search;

/**
 * One searchable text: a record (its id in {@code recordId}) or a passage of a report's
 * text (no record id), with the lines of the report it was read from.
 */
record SearchDocument(SearchKind kind, String recordId, String title, String text, String municipalityId,
		String reportId, int lineStart, int lineEnd) {
}
