package se.kommunkollen.draft;

/** Where a draft stands: waiting, published (its content imported) or discarded. */
public enum DraftState {

	DRAFT, PUBLISHED, DISCARDED

}
