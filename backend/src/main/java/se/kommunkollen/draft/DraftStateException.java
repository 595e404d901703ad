package se.kommunkollen.draft;

/** The draft has been published or discarded already: nothing more can be done to it. */
class DraftStateException extends RuntimeException {

	private final DraftState state;

	DraftStateException(String id, DraftState state) {
		super("Draft " + id + " is " + state.name().toLowerCase(java.util.Locale.ROOT) + " already");
		this.state = state;
	}

	DraftState state() {
		return this.state;
	}

}
