package se.kommunkollen.search;

/**
 * One hit: what it is, where it was read, and a snippet with the matched words marked.
 *
 * @param recordId the record's id; null for a passage of report text
 */
public record SearchHit(SearchKind kind, String recordId, String title, Snippet snippet, float score,
		String municipalityId, String reportId, int lineStart, int lineEnd) {
}
