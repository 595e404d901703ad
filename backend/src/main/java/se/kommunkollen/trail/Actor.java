package se.kommunkollen.trail;

import se.kommunkollen.account.Editor;

/**
 * Who made a change, as the public trail shows it: a role and, for editors, their
 * municipality. Never an email address.
 *
 * @param role {@link #EDITOR}, {@link #ADMINISTRATOR} or {@link #COMMAND_LINE}
 * @param municipalityId the municipality the editor belongs to; null for the command line
 * @param accountId the account that made the change, kept in the database for the
 * administrators and never served; null for the command line
 */
public record Actor(String role, String municipalityId, Long accountId) {

	public static final String EDITOR = "EDITOR";

	public static final String ADMINISTRATOR = "ADMINISTRATOR";

	public static final String COMMAND_LINE = "COMMAND_LINE";

	public Actor {
		if (!EDITOR.equals(role) && !ADMINISTRATOR.equals(role) && !COMMAND_LINE.equals(role)) {
			throw new IllegalArgumentException("Unknown role " + role);
		}
	}

	public Actor(String role, String municipalityId) {
		this(role, municipalityId, null);
	}

	/** The signed-in editor or administrator, as the trail shows and keeps them. */
	public static Actor of(Editor editor) {
		return new Actor(editor.role(), editor.municipalityId(), editor.accountId());
	}

	/** The import command, the sample import and rereads on start. */
	public static Actor commandLine() {
		return new Actor(COMMAND_LINE, null, null);
	}

}
