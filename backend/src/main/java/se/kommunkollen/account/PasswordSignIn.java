package se.kommunkollen.account;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks an email and password, counting wrong passwords: the failure that reaches
 * {@code kommunkollen.accounts.max-failed-attempts} locks the account for
 * {@code lock-duration}, during which even the right password is refused. Every refusal
 * (unknown email, wrong password, locked or disabled account) is the same exception with
 * the same message, and costs one password hash, so the answer does not tell whether the
 * email has an account.
 */
@Component
class PasswordSignIn implements AuthenticationProvider {

	static final String REFUSED = "The email or password is wrong, or the account is disabled or locked for a while "
			+ "after too many wrong passwords.";

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	private final AccountProperties properties;

	private final String hashOfNothing;

	PasswordSignIn(AccountRepository accounts, PasswordEncoder passwords, AccountProperties properties) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.properties = properties;
		this.hashOfNothing = passwords.encode("no account has this password");
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String password = String.valueOf(authentication.getCredentials());
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		Optional<Account> found = this.accounts.findByEmail(Accounts.normalize(authentication.getName()));
		if (found.isEmpty() || !found.get().enabled() || found.get().lockedAt(now)) {
			this.passwords.matches(password, this.hashOfNothing);
			throw new BadCredentialsException(REFUSED);
		}
		Account account = found.get();
		if (!this.passwords.matches(password, account.passwordHash())) {
			this.accounts.countFailure(account.id(), this.properties.maxFailedAttempts(),
					now.plus(this.properties.lockDuration()));
			throw new BadCredentialsException(REFUSED);
		}
		if (account.failedAttempts() > 0 || account.lockedUntil() != null) {
			this.accounts.unlock(account.id());
		}
		return new EditorAuthentication(account.editor(), EditorAuthentication.Method.PASSWORD);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
