package se.kommunkollen.trail;

/** What a change in the trail did. */
public enum ChangeKind {

	/** A report imported for the first time. */
	IMPORT,

	/** A new version of a report replaced the previous one whole. */
	REPLACEMENT,

	/** An editor corrected one value read from a report. */
	CORRECTION,

	/** An editor marked an import warning as dealt with. */
	WARNING_RESOLVED

}
