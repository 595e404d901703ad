package se.kommunkollen.account;

import java.time.OffsetDateTime;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** An API token of an account: only the SHA-256 of the token is stored. */
@Table("api_token")
record ApiToken(@Id Long id, long accountId, String name, String tokenHash, OffsetDateTime createdAt,
		OffsetDateTime lastUsedAt, OffsetDateTime revokedAt) {

	boolean revoked() {
		return this.revokedAt != null;
	}

}
