package se.kommunkollen.account;

import java.io.Serializable;

/**
 * Who is signed in, by session or by API token: an editor of one municipality, or an
 * administrator, who may act for any municipality.
 */
public record Editor(long accountId, String email, String municipalityId,
		boolean administrator) implements Serializable {

	/** The role as the trail and the JSON answers name it. */
	public String role() {
		return this.administrator ? "ADMINISTRATOR" : "EDITOR";
	}

	/** Whether this editor may change data of the municipality. */
	public boolean mayActFor(String municipalityId) {
		return this.administrator || this.municipalityId.equals(municipalityId);
	}

}
