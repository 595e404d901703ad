package se.kommunkollen.goal;

/** Which direction of an indicator is better. */
public enum Direction {

	HIGHER, LOWER

}
