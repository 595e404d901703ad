package se.kommunkollen.account;

/** A request about accounts or tokens that cannot be done, with a message saying why. */
public class AccountException extends RuntimeException {

	enum Reason {

		INVALID, CONFLICT, NOT_FOUND

	}

	private final Reason reason;

	AccountException(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	Reason reason() {
		return this.reason;
	}

}
