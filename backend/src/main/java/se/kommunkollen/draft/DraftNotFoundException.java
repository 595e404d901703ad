package se.kommunkollen.draft;

/** No draft has the id asked for. */
class DraftNotFoundException extends RuntimeException {

	DraftNotFoundException(String id) {
		super("No draft " + id);
	}

}
