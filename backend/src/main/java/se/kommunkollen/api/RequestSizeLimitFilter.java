package se.kommunkollen.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses GraphQL request bodies above the configured size with 413 and a GraphQL-shaped
 * error, before anything reads them. Bodies without a declared length are refused too:
 * queries are small.
 */
@Component
class RequestSizeLimitFilter extends OncePerRequestFilter {

	private final ApiProperties properties;

	RequestSizeLimitFilter(ApiProperties properties) {
		this.properties = properties;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || !request.getRequestURI().endsWith("/graphql");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long length = request.getContentLengthLong();
		long limit = this.properties.maxRequestBytes();
		if (length < 0 || length > limit) {
			String reason = (length < 0) ? "The request has no Content-Length; send the body with a declared length."
					: "The request body is " + length + " bytes; the limit is " + limit + " bytes.";
			response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.getWriter()
				.write("{\"errors\":[{\"message\":\"" + reason
						+ "\",\"extensions\":{\"classification\":\"BAD_REQUEST\"}}]}");
			return;
		}
		chain.doFilter(request, response);
	}

}
