package se.kommunkollen.account;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * JSON answers for refusals thrown by controllers: {@link CurrentEditor}'s 401 and 403 on
 * any JSON endpoint, and what cannot be done with accounts and tokens.
 */
@RestControllerAdvice
class AccountErrors {

	@ExceptionHandler(AuthenticationException.class)
	ResponseEntity<Map<String, Object>> unauthenticated(AuthenticationException ex) {
		return answer(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", ex.getMessage());
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<Map<String, Object>> forbidden(AccessDeniedException ex) {
		return answer(HttpStatus.FORBIDDEN, "FORBIDDEN", ex.getMessage());
	}

	@ExceptionHandler(AccountException.class)
	ResponseEntity<Map<String, Object>> refused(AccountException ex) {
		return switch (ex.reason()) {
			case INVALID -> answer(HttpStatus.BAD_REQUEST, "INVALID", ex.getMessage());
			case CONFLICT -> answer(HttpStatus.CONFLICT, "CONFLICT", ex.getMessage());
			case NOT_FOUND -> answer(HttpStatus.NOT_FOUND, "NOT_FOUND", ex.getMessage());
		};
	}

	private static ResponseEntity<Map<String, Object>> answer(HttpStatus status, String code, String message) {
		ResponseEntity.BodyBuilder answer = ResponseEntity.status(status).header("Cache-Control", "no-store");
		if (status == HttpStatus.UNAUTHORIZED) {
			answer.header("WWW-Authenticate", "Bearer");
		}
		return answer.body(Refusals.body(status, code, message));
	}

}
