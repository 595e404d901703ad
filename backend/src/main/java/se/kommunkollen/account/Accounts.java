package se.kommunkollen.account;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.kommunkollen.account.AccountException.Reason;

/** Creates and manages accounts, for the command line and the administrators' API. */
@Service
public class Accounts {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final AccountRepository accounts;

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	private final AccountProperties properties;

	Accounts(AccountRepository accounts, JdbcClient jdbc, PasswordEncoder passwords, AccountProperties properties) {
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.properties = properties;
	}

	/** What an account list shows: never the password hash. */
	public record AccountView(long id, String email, String municipalityId, String role, boolean enabled,
			OffsetDateTime lockedUntil, OffsetDateTime createdAt) {

		static AccountView of(Account account) {
			OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
			return new AccountView(account.id(), account.email(), account.municipalityId(), account.editor().role(),
					account.enabled(), account.lockedAt(now) ? account.lockedUntil() : null, account.createdAt());
		}

	}

	/**
	 * @throws AccountException for a malformed email, a short password, an unknown
	 * municipality or an email that already has an account
	 */
	@Transactional
	public AccountView create(String email, String password, String municipalityId, boolean administrator) {
		String normalized = normalize(email);
		if (normalized.length() > 254 || !EMAIL.matcher(normalized).matches()) {
			throw new AccountException(Reason.INVALID, "'" + email + "' is not an email address.");
		}
		if (password == null || password.codePointCount(0, password.length()) < this.properties.minPasswordLength()) {
			throw new AccountException(Reason.INVALID,
					"The password must be at least " + this.properties.minPasswordLength() + " characters long.");
		}
		if (password.length() > 200) {
			throw new AccountException(Reason.INVALID, "The password must be at most 200 characters long.");
		}
		if (municipalityId == null || municipalityId.isBlank()) {
			throw new AccountException(Reason.INVALID, "An account needs a municipality id (such as enkoping).");
		}
		if (this.jdbc.sql("SELECT COUNT(*) FROM municipality WHERE id = ?")
			.param(municipalityId)
			.query(Integer.class)
			.single() == 0) {
			throw new AccountException(Reason.INVALID, "There is no municipality with the id '" + municipalityId
					+ "' (ids are lower-case names without å, ä, ö, such as enkoping).");
		}
		if (this.accounts.findByEmail(normalized).isPresent()) {
			throw duplicate(normalized);
		}
		try {
			Account account = this.accounts.save(new Account(null, normalized, this.passwords.encode(password),
					municipalityId, administrator, true, 0, null, OffsetDateTime.now(ZoneOffset.UTC)));
			return AccountView.of(account);
		}
		catch (DuplicateKeyException ex) {
			throw duplicate(normalized);
		}
	}

	public List<AccountView> list() {
		return this.accounts.findAllByOrderByEmail().stream().map(AccountView::of).toList();
	}

	/** A disabled account can neither sign in nor use its tokens; its sessions end. */
	@Transactional
	public AccountView setEnabled(long id, boolean enabled) {
		require(id);
		this.accounts.setEnabled(id, enabled);
		return AccountView.of(require(id));
	}

	/** Lifts a lock after failed sign-ins at once. */
	@Transactional
	public AccountView unlock(long id) {
		require(id);
		this.accounts.unlock(id);
		return AccountView.of(require(id));
	}

	Account require(long id) {
		return this.accounts.findById(id)
			.orElseThrow(() -> new AccountException(Reason.NOT_FOUND, "There is no account with the id " + id + "."));
	}

	Account requireEmail(String email) {
		return this.accounts.findByEmail(normalize(email))
			.orElseThrow(() -> new AccountException(Reason.NOT_FOUND, "There is no account for " + email + "."));
	}

	static String normalize(String email) {
		return (email != null) ? email.strip().toLowerCase(Locale.ROOT) : "";
	}

	private static AccountException duplicate(String email) {
		return new AccountException(Reason.CONFLICT, "An account for " + email + " already exists.");
	}

}
