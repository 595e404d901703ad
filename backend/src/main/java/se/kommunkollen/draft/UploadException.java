package se.kommunkollen.draft;

import org.springframework.http.HttpStatus;

/** An upload refused for what was sent, with the answer's status and code. */
class UploadException extends RuntimeException {

	private final HttpStatus status;

	private final String code;

	UploadException(HttpStatus status, String code, String message) {
		super(message);
		this.status = status;
		this.code = code;
	}

	HttpStatus status() {
		return this.status;
	}

	String code() {
		return this.code;
	}

}
