package se.kommunkollen.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Answers a request refused before it reached GraphQL with the shape of a GraphQL error,
 * so clients read every refusal the same way. Any origin may read it, as it may read the
 * API's answers.
 */
final class JsonErrors {

	private JsonErrors() {
	}

	static void write(HttpServletResponse response, HttpStatus status, String code, String message) throws IOException {
		if (response.isCommitted()) {
			return;
		}
		response.resetBuffer();
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
		response.setHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, HttpHeaders.RETRY_AFTER);
		// Messages are our own fixed texts with numbers: nothing to escape.
		byte[] body = ("{\"errors\":[{\"message\":\"" + message
				+ "\",\"extensions\":{\"classification\":\"BAD_REQUEST\",\"code\":\"" + code + "\"}}]}")
			.getBytes(StandardCharsets.UTF_8);
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
		response.flushBuffer();
	}

}
