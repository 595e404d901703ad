package se.kommunkollen.account;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer TOKEN} for this request only (never a
 * session). A request that sends any other Authorization, or a token that is unknown,
 * revoked or of a disabled account, is answered 401: it never falls back to anonymous.
 */
final class ApiTokenFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	/** Set once the token is checked, for the request's later dispatches. */
	private static final String AUTHENTICATED = ApiTokenFilter.class.getName() + ".AUTHENTICATED";

	private final ApiTokens tokens;

	private final SecurityContextRepository requestContexts = new RequestAttributeSecurityContextRepository();

	ApiTokenFilter(ApiTokens tokens) {
		this.tokens = tokens;
	}

	/** Later dispatches of the request find the token's context already in place. */
	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return false;
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (authorization == null || request.getAttribute(AUTHENTICATED) != null) {
			chain.doFilter(request, response);
			return;
		}
		if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			Refusals.write(response, HttpStatus.UNAUTHORIZED, "UNSUPPORTED_AUTHORIZATION",
					"Only API tokens are accepted in the Authorization header: Authorization: Bearer TOKEN.");
			return;
		}
		Optional<Editor> editor = this.tokens.authenticate(authorization.substring(BEARER.length()).strip());
		if (editor.isEmpty()) {
			Refusals.write(response, HttpStatus.UNAUTHORIZED, "INVALID_TOKEN",
					"The API token is unknown or revoked, or its account is disabled.");
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new EditorAuthentication(editor.get(), EditorAuthentication.Method.TOKEN));
		SecurityContextHolder.setContext(context);
		this.requestContexts.saveContext(context, request, response);
		request.setAttribute(AUTHENTICATED, Boolean.TRUE);
		chain.doFilter(request, response);
	}

}
