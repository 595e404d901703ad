package se.kommunkollen.report;

/** Where a record was read: its report and inclusive 1-based line range. */
public record Provenance(String reportId, int lineStart, int lineEnd, String excerpt) {
}
