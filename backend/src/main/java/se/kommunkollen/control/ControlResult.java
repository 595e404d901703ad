package se.kommunkollen.control;

/** Normalised result of an internal control point. */
public enum ControlResult {

	NO_DEVIATION, MINOR_DEVIATION, MAJOR_DEVIATION, NOT_PERFORMED, UNKNOWN

}
