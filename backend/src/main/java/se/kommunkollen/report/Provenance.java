package se.kommunkollen.report;

/**
 * Where a record was read: its report and inclusive 1-based line range, and the line that
 * states its status where one was read.
 */
public record Provenance(String reportId, int lineStart, int lineEnd, String excerpt, Integer statusLine) {
}
