package se.kommunkollen.account;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the session of an account that was disabled after it signed in: every request of a
 * session checks that its account is still enabled (editors only; public reads carry no
 * session).
 */
final class SignedInAccountFilter extends OncePerRequestFilter {

	private final AccountRepository accounts;

	SignedInAccountFilter(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (SecurityContextHolder.getContext().getAuthentication() instanceof EditorAuthentication authentication
				&& authentication.method() == EditorAuthentication.Method.PASSWORD
				&& this.accounts.countEnabled(authentication.getPrincipal().accountId()) == 0) {
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			SecurityContextHolder.clearContext();
			Refusals.write(response, HttpStatus.UNAUTHORIZED, "ACCOUNT_DISABLED",
					"The account was disabled; the session has ended.");
			return;
		}
		chain.doFilter(request, response);
	}

}
