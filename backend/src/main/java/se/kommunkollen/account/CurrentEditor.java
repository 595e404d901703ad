package se.kommunkollen.account;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The editor of the current request, from Spring Security's context (a session or an
 * {@code Authorization: Bearer} token). Public reads carry no editor.
 * <p>
 * Refusals are Spring Security's exceptions, so that the API answers them alike: over
 * HTTP 401 and 403 with a JSON error, in GraphQL the classifications UNAUTHORIZED and
 * FORBIDDEN.
 */
@Component
public class CurrentEditor {

	/** The signed-in editor, empty for an anonymous request. */
	public Optional<Editor> get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.isAuthenticated()
				&& authentication.getPrincipal() instanceof Editor editor) {
			return Optional.of(editor);
		}
		return Optional.empty();
	}

	/**
	 * @throws AuthenticationCredentialsNotFoundException when nobody is signed in
	 */
	public Editor require() {
		return get().orElseThrow(() -> new AuthenticationCredentialsNotFoundException(
				"Sign in, or send an API token as Authorization: Bearer TOKEN."));
	}

	/**
	 * The signed-in editor, who must belong to the municipality (administrators may act
	 * for any).
	 * @throws AuthenticationCredentialsNotFoundException when nobody is signed in
	 * @throws AccessDeniedException when the editor belongs to another municipality
	 */
	public Editor requireMunicipality(String municipalityId) {
		Editor editor = require();
		if (!editor.mayActFor(municipalityId)) {
			throw new AccessDeniedException("The account " + editor.email() + " is an editor for "
					+ editor.municipalityId() + ", not for " + municipalityId + ".");
		}
		return editor;
	}

}
