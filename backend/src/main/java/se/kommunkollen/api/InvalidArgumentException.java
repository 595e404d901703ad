package se.kommunkollen.api;

/**
 * A query argument out of range; its message goes to the client as a BAD_REQUEST error.
 */
public class InvalidArgumentException extends RuntimeException {

	public InvalidArgumentException(String message) {
		super(message);
	}

}
