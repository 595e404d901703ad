package se.kommunkollen.account;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * A refused request's JSON answer, in the shape of a GraphQL error like every other
 * refusal of the server: {@code {"errors":[{"message":…,"extensions":{"classification":…,
 * "code":…}}]}}.
 */
final class Refusals {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Refusals() {
	}

	static Map<String, Object> body(HttpStatus status, String code, String message) {
		String classification = switch (status) {
			case UNAUTHORIZED -> "UNAUTHORIZED";
			case FORBIDDEN -> "FORBIDDEN";
			case NOT_FOUND -> "NOT_FOUND";
			default -> "BAD_REQUEST";
		};
		return Map.of("errors", List
			.of(Map.of("message", message, "extensions", Map.of("classification", classification, "code", code))));
	}

	static void write(HttpServletResponse response, HttpStatus status, String code, String message) throws IOException {
		if (response.isCommitted()) {
			return;
		}
		response.resetBuffer();
		if (status == HttpStatus.UNAUTHORIZED) {
			response.setHeader("WWW-Authenticate", "Bearer");
		}
		writeJson(response, status, body(status, code, message));
	}

	static void writeJson(HttpServletResponse response, HttpStatus status, Object value) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader("Cache-Control", "no-store");
		byte[] body = JSON.writeValueAsBytes(value);
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
		response.flushBuffer();
	}

}
