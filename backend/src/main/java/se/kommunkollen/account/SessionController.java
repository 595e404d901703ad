package se.kommunkollen.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Password sign-in and who is signed in. Signing out is {@code POST /api/logout} (Spring
 * Security's logout, see {@link WebSecurityConfiguration}).
 */
@RestController
class SessionController {

	private final AuthenticationManager authentication;

	private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

	private final CsrfAuthenticationStrategy newCsrfToken;

	private final CurrentEditor currentEditor;

	SessionController(PasswordSignIn passwords, CookieCsrfTokenRepository csrfTokens, CurrentEditor currentEditor) {
		this.authentication = new ProviderManager(passwords);
		this.newCsrfToken = new CsrfAuthenticationStrategy(csrfTokens);
		this.newCsrfToken.setRequestHandler(new WebSecurityConfiguration.HeaderOnlyCsrfTokenHandler());
		this.currentEditor = currentEditor;
	}

	record SignIn(String email, String password) {
	}

	/** The signed-in editor and their role. */
	record SessionView(String email, String municipalityId, String role, String authenticatedBy) {

		static SessionView of(Editor editor, Authentication authentication) {
			String by = (authentication instanceof EditorAuthentication editorAuthentication)
					? editorAuthentication.method().name() : null;
			return new SessionView(editor.email(), editor.municipalityId(), editor.role(), by);
		}

	}

	/**
	 * Who is signed in, or 401. Either answer also sets the {@code XSRF-TOKEN} cookie
	 * that the sign-in form and every later change must echo.
	 */
	@GetMapping("/api/session")
	ResponseEntity<Object> session(HttpServletRequest request) {
		touchCsrfToken(request);
		return this.currentEditor.get()
			.<ResponseEntity<Object>>map((editor) -> ResponseEntity
				.ok(SessionView.of(editor, SecurityContextHolder.getContext().getAuthentication())))
			.orElseGet(() -> ResponseEntity.status(HttpStatus.UNAUTHORIZED)
				.body(Refusals.body(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", "Nobody is signed in.")));
	}

	@PostMapping("/api/login")
	ResponseEntity<Object> login(@RequestBody SignIn signIn, HttpServletRequest request, HttpServletResponse response) {
		Authentication signedIn;
		try {
			signedIn = this.authentication.authenticate(UsernamePasswordAuthenticationToken
				.unauthenticated((signIn.email() != null) ? signIn.email() : "", signIn.password()));
		}
		catch (BadCredentialsException ex) {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
				.body(Refusals.body(HttpStatus.UNAUTHORIZED, "SIGN_IN_FAILED", PasswordSignIn.REFUSED));
		}
		// A new session id on every sign-in, so a session id planted before it is
		// useless.
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		else {
			request.getSession(true);
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(signedIn);
		SecurityContextHolder.setContext(context);
		this.sessions.saveContext(context, request, response);
		this.newCsrfToken.onAuthentication(signedIn, request, response);
		touchCsrfToken(request);
		return ResponseEntity.ok(SessionView.of((Editor) signedIn.getPrincipal(), signedIn));
	}

	/**
	 * Loading the deferred token writes its cookie when the request has none (not for API
	 * tokens, which need no CSRF token).
	 */
	private static void touchCsrfToken(HttpServletRequest request) {
		if (request.getHeader(HttpHeaders.AUTHORIZATION) == null
				&& request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
			token.getToken();
		}
	}

}
