package se.kommunkollen.account;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;

/** Beans that the server and the command line share. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AccountProperties.class)
class AccountConfiguration {

	/** BCrypt today, recognised by its "{bcrypt}" prefix, so hashes can move on later. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * The CSRF token travels in a cookie that the editor pages' scripts read, and comes
	 * back in a header (Spring's single-page-application pattern, without the masked form
	 * field: no page renders the token).
	 */
	@Bean
	CookieCsrfTokenRepository csrfTokens() {
		CookieCsrfTokenRepository tokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
		tokens.setCookieName(WebSecurityConfiguration.CSRF_COOKIE);
		tokens.setHeaderName(WebSecurityConfiguration.CSRF_HEADER);
		tokens.setCookiePath("/");
		tokens.setCookieCustomizer((cookie) -> cookie.sameSite("Lax"));
		return tokens;
	}

}
