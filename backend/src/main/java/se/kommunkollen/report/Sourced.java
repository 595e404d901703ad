package se.kommunkollen.report;

/** A record read from a report, which can say where it was read. */
public interface Sourced {

	String reportId();

	int lineStart();

	int lineEnd();

	String excerpt();

	/** The line that states the record's status; null for records without one. */
	default Integer statusLine() {
		return null;
	}

	default Provenance provenance() {
		return new Provenance(reportId(), lineStart(), lineEnd(), excerpt(), statusLine());
	}

}
