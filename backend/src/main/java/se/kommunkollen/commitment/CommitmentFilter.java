package se.kommunkollen.commitment;

/** Filter of Query.commitments; null fields match everything. */
public record CommitmentFilter(String municipality, String report, CommitmentStatus status, String responsible,
		String goal, String area, Integer year) {

	static final CommitmentFilter NONE = new CommitmentFilter(null, null, null, null, null, null, null);

}
