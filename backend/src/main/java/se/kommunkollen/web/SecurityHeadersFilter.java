package se.kommunkollen.web;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on every response, pages and API alike. The site runs only its own
 * scripts and styles and may not be framed; {@code /embed/} pages are made to be framed
 * by any site; GraphiQL gets its own policy (its fonts are data: URLs, it calls only this
 * server).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityHeadersFilter extends OncePerRequestFilter {

	private static final Pattern ORIGIN = Pattern.compile("https?://[A-Za-z0-9.-]+(:\\d+)?");

	private final String sitePolicy;

	private final String embedPolicy;

	private final String graphiqlPolicy;

	SecurityHeadersFilter(SecurityHeadersProperties properties) {
		StringBuilder connect = new StringBuilder("'self'");
		for (String origin : properties.apiOrigins()) {
			if (!ORIGIN.matcher(origin).matches()) {
				throw new IllegalArgumentException("kommunkollen.security-headers.api-origins: '" + origin
						+ "' is not an origin such as https://api.example.se");
			}
			connect.append(' ').append(origin);
		}
		String common = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src "
				+ connect + "; frame-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; ";
		this.sitePolicy = common + "font-src 'self'; frame-ancestors 'none'";
		this.embedPolicy = common + "font-src 'self'; frame-ancestors *";
		// GraphiQL's stylesheet embeds its fonts as data: URLs; it calls only this
		// server.
		this.graphiqlPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
				+ "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
				+ "form-action 'self'; frame-ancestors 'none'";
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// The servlet path is decoded and normalised, as the resource handler sees it.
		String path = request.getServletPath();
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
		if (path.startsWith("/embed/")) {
			response.setHeader("Content-Security-Policy", this.embedPolicy);
		}
		else {
			response.setHeader("Content-Security-Policy", (path.equals("/graphiql") || path.startsWith("/graphiql/"))
					? this.graphiqlPolicy : this.sitePolicy);
			response.setHeader("X-Frame-Options", "DENY");
		}
		chain.doFilter(request, response);
	}

}
