package se.kommunkollen.commitment;

/** Normalised status of a commitment (åtagande) or an initiative. */
public enum CommitmentStatus {

	DONE, IN_PROGRESS, DELAYED, NOT_STARTED, CANCELLED, UNKNOWN

}
