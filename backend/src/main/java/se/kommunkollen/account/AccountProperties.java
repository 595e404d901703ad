package se.kommunkollen.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in rules (README "Editors").
 *
 * @param maxFailedAttempts wrong passwords in a row that lock an account
 * @param lockDuration how long a locked account refuses every password
 * @param minPasswordLength shortest password accepted for a new account
 */
@ConfigurationProperties("kommunkollen.accounts")
public record AccountProperties(@DefaultValue("5") int maxFailedAttempts, @DefaultValue("15m") Duration lockDuration,
		@DefaultValue("12") int minPasswordLength) {

}
