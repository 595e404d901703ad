package se.kommunkollen.account;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * An editor authenticated by password (kept in the session) or by an API token (for one
 * request). Administrators have both roles.
 */
final class EditorAuthentication extends AbstractAuthenticationToken {

	static final String EDITOR = "ROLE_EDITOR";

	static final String ADMINISTRATOR = "ROLE_ADMINISTRATOR";

	enum Method {

		PASSWORD, TOKEN

	}

	private final Editor editor;

	private final Method method;

	EditorAuthentication(Editor editor, Method method) {
		super(authorities(editor));
		this.editor = editor;
		this.method = method;
		setAuthenticated(true);
	}

	private static List<GrantedAuthority> authorities(Editor editor) {
		return editor.administrator()
				? List.of(new SimpleGrantedAuthority(EDITOR), new SimpleGrantedAuthority(ADMINISTRATOR))
				: List.of(new SimpleGrantedAuthority(EDITOR));
	}

	@Override
	public Object getCredentials() {
		return null;
	}

	@Override
	public Editor getPrincipal() {
		return this.editor;
	}

	@Override
	public String getName() {
		return this.editor.email();
	}

	Method method() {
		return this.method;
	}

}
