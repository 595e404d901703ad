package se.kommunkollen.account;

import java.time.OffsetDateTime;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** An editor's or administrator's account; the email is stored in lower case. */
@Table("account")
record Account(@Id Long id, String email, String passwordHash, String municipalityId, boolean administrator,
		boolean enabled, int failedAttempts, OffsetDateTime lockedUntil, OffsetDateTime createdAt) {

	Editor editor() {
		return new Editor(this.id, this.email, this.municipalityId, this.administrator);
	}

	boolean lockedAt(OffsetDateTime now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

}
