package se.kommunkollen.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.kommunkollen.account.AccountException.Reason;

/**
 * API tokens: 32 random bytes, shown once as {@code kk_} and their base64url text, stored
 * only as the SHA-256 of that text. A token acts as its account while the account is
 * enabled; a lock after failed passwords does not stop tokens (the lock guards the
 * password, and anyone could otherwise stop an account's scripts by guessing).
 */
@Service
public class ApiTokens {

	static final String PREFIX = "kk_";

	private static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(1);

	private final SecureRandom random = new SecureRandom();

	private final ApiTokenRepository tokens;

	private final AccountRepository accounts;

	ApiTokens(ApiTokenRepository tokens, AccountRepository accounts) {
		this.tokens = tokens;
		this.accounts = accounts;
	}

	/** A token just created: the only time its text is known. */
	public record NewToken(long id, String name, String token) {
	}

	/** What a token list shows: never the token or its hash. */
	public record TokenView(long id, String name, OffsetDateTime createdAt, OffsetDateTime lastUsedAt,
			OffsetDateTime revokedAt) {

		static TokenView of(ApiToken token) {
			return new TokenView(token.id(), token.name(), token.createdAt(), token.lastUsedAt(), token.revokedAt());
		}

	}

	@Transactional
	public NewToken create(long accountId, String name) {
		String label = (name == null || name.isBlank()) ? "token" : name.strip();
		if (label.length() > 100) {
			throw new AccountException(Reason.INVALID, "A token name must be at most 100 characters long.");
		}
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		ApiToken saved = this.tokens
			.save(new ApiToken(null, accountId, label, hash(token), OffsetDateTime.now(ZoneOffset.UTC), null, null));
		return new NewToken(saved.id(), saved.name(), token);
	}

	public List<TokenView> list(long accountId) {
		return this.tokens.findByAccountIdOrderById(accountId).stream().map(TokenView::of).toList();
	}

	/**
	 * Revokes a token of the account (any account's when {@code accountId} is null).
	 * @throws AccountException when there is no such token
	 */
	@Transactional
	public TokenView revoke(long tokenId, Long accountId) {
		ApiToken token = this.tokens.findById(tokenId)
			.filter((found) -> accountId == null || found.accountId() == accountId)
			.orElseThrow(() -> new AccountException(Reason.NOT_FOUND,
					"There is no token with the id " + tokenId + ((accountId != null) ? " of this account." : ".")));
		this.tokens.revoke(token.id(), OffsetDateTime.now(ZoneOffset.UTC));
		return TokenView.of(this.tokens.findById(tokenId).orElseThrow());
	}

	/**
	 * The editor a token acts for, or empty for an unknown or revoked token or a disabled
	 * account.
	 */
	@Transactional
	public Optional<Editor> authenticate(String token) {
		if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
			return Optional.empty();
		}
		Optional<ApiToken> found = this.tokens.findByTokenHash(hash(token)).filter((stored) -> !stored.revoked());
		Optional<Account> account = found.flatMap((stored) -> this.accounts.findById(stored.accountId()))
			.filter(Account::enabled);
		if (account.isEmpty()) {
			return Optional.empty();
		}
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		this.tokens.recordUse(found.get().id(), now, now.minus(USE_RECORDED_EVERY));
		return Optional.of(account.get().editor());
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
