package se.kommunkollen.account;

import java.util.Map;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.web.DefaultSecurityFilterChain;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may do what over HTTP.
 * <p>
 * Public reads pass through a chain without filters: a request without an
 * {@code Authorization} header, outside {@code /api/}, that does not present a session
 * with its CSRF header. Such a request carries no authority, so nothing is looked up,
 * checked or created for it: no session, no cookie (an editor's browser sending its
 * session cookie to the public pages is anonymous there as well).
 * <p>
 * Every other request goes through the editors' chain: an API token
 * ({@code Authorization: Bearer TOKEN}, checked on every request, no session, no CSRF
 * token) or the session of a password sign-in ({@code POST /api/login}), whose every
 * state-changing request must send the {@code XSRF-TOKEN} cookie's value in the
 * {@code X-XSRF-TOKEN} header. Editor pages send that header with GraphQL requests that
 * need the editor (mutations); a GraphQL request from a session without it is an
 * anonymous read.
 * <p>
 * The chain runs before the request body is read (see
 * {@code spring.security.filter.order}), so a refused request costs no body, and the CSRF
 * token is never read from a body.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
class WebSecurityConfiguration {

	static final String CSRF_COOKIE = "XSRF-TOKEN";

	static final String CSRF_HEADER = "X-XSRF-TOKEN";

	@Bean
	@Order(1)
	SecurityFilterChain publicReads(@Value("${server.servlet.session.cookie.name:JSESSIONID}") String sessionCookie) {
		RequestMatcher anonymous = (request) -> request.getHeader(HttpHeaders.AUTHORIZATION) == null
				&& !request.getServletPath().startsWith("/api/")
				&& (request.getHeader(CSRF_HEADER) == null || !hasCookie(request, sessionCookie));
		return new DefaultSecurityFilterChain(anonymous);
	}

	@Bean
	@Order(2)
	SecurityFilterChain editors(HttpSecurity http, ApiTokens tokens, AccountRepository accounts,
			CookieCsrfTokenRepository csrfTokens,
			@Value("${server.servlet.session.cookie.name:JSESSIONID}") String sessionCookie) {
		// A request without a session cookie carries no ambient credential to forge: it
		// is
		// answered as unauthenticated (401), not for a missing CSRF token. The sign-in
		// itself always needs the token (against signing a victim in to another account).
		RequestMatcher stateChangingWithoutToken = (request) -> CsrfFilter.DEFAULT_CSRF_MATCHER.matches(request)
				&& request.getHeader(HttpHeaders.AUTHORIZATION) == null
				&& (hasCookie(request, sessionCookie) || "/api/login".equals(request.getServletPath()));
		http.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokens)
			.csrfTokenRequestHandler(new HeaderOnlyCsrfTokenHandler())
			.requireCsrfProtectionMatcher(stateChangingWithoutToken))
			.addFilterBefore(new ApiTokenFilter(tokens), CsrfFilter.class)
			.addFilterAfter(new SignedInAccountFilter(accounts), SecurityContextHolderFilter.class)
			// Only a password sign-in creates a session (SessionController, which also
			// changes its id): nothing else stores a context or a request in one.
			.sessionManagement((sessions) -> sessions.disable())
			.requestCache((cache) -> cache.disable())
			.formLogin((form) -> form.disable())
			.httpBasic((basic) -> basic.disable())
			// SecurityHeadersFilter sets the site's headers; answers about accounts are
			// never cached.
			.headers((headers) -> headers.defaultsDisabled().cacheControl(Customizer.withDefaults()))
			.logout((logout) -> logout.logoutUrl("/api/logout")
				.deleteCookies(sessionCookie)
				.logoutSuccessHandler((request, response, authentication) -> Refusals.writeJson(response, HttpStatus.OK,
						Map.of("signedIn", false))))
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint(
						(request, response, exception) -> Refusals.write(response, HttpStatus.UNAUTHORIZED,
								"UNAUTHENTICATED", "Sign in, or send an API token as Authorization: Bearer TOKEN."))
				.accessDeniedHandler((request, response, exception) -> {
					if (exception instanceof CsrfException) {
						Refusals.write(response, HttpStatus.FORBIDDEN,
								(request.getHeader(CSRF_HEADER) == null) ? "CSRF_TOKEN_MISSING" : "CSRF_TOKEN_INVALID",
								"A signed-in request that changes something must send the value of the cookie "
										+ CSRF_COOKIE + " in the header " + CSRF_HEADER + ".");
					}
					else {
						Refusals.write(response, HttpStatus.FORBIDDEN, "FORBIDDEN",
								request.getServletPath().startsWith("/api/accounts")
										? "Only administrators manage accounts." : "This account may not do this.");
					}
				}))
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/api/login", "/api/logout", "/api/session")
				.permitAll()
				.requestMatchers("/api/accounts", "/api/accounts/**")
				.hasRole("ADMINISTRATOR")
				.requestMatchers("/api/**")
				.authenticated()
				.anyRequest()
				.permitAll());
		return http.build();
	}

	/**
	 * Spring Security's firewall, but with path parameters ({@code /graphql;x}) let
	 * through as before: Tomcat drops them from the servlet path, which every matcher
	 * here and the MVC mappings read. Header names and values are checked as by default
	 * ({@link #allowedInHeader}), only faster.
	 */
	@Bean
	WebSecurityCustomizer pathParameters() {
		StrictHttpFirewall firewall = new StrictHttpFirewall();
		firewall.setAllowSemicolon(true);
		firewall.setAllowedHeaderNames((name) -> allowedInHeader(name, false));
		firewall.setAllowedHeaderValues((value) -> allowedInHeader(value, true));
		return (web) -> web.httpFirewall(firewall);
	}

	/**
	 * The firewall's default test of header names
	 * ({@code [\p{IsAssigned}&&[^\p{IsControl}]]*}) and values (a tab allowed too)
	 * without its regular expression, which took a few per cent of a cheap request's CPU:
	 * every header any filter reads is tested.
	 */
	static boolean allowedInHeader(String text, boolean tabAllowed) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= ' ' && c < 0x7f) {
				continue;
			}
			int codePoint = text.codePointAt(i);
			int type = Character.getType(codePoint);
			if (type == Character.UNASSIGNED || (type == Character.CONTROL && !(tabAllowed && c == '\t'))) {
				return false;
			}
			i += Character.charCount(codePoint) - 1;
		}
		return true;
	}

	private static boolean hasCookie(HttpServletRequest request, String name) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (name.equals(cookie.getName())) {
					return true;
				}
			}
		}
		return false;
	}

	/** Reads the token from the header only, never from a request parameter or body. */
	static final class HeaderOnlyCsrfTokenHandler extends CsrfTokenRequestAttributeHandler {

		@Override
		public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
			return request.getHeader(csrfToken.getHeaderName());
		}

	}

}
