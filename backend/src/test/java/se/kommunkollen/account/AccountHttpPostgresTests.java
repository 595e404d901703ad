package se.kommunkollen.account;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.kommunkollen.support.EmbeddedPostgresDatabase;

/** The same accounts, sign-in and token tests, and so migration V7, on PostgreSQL. */
class AccountHttpPostgresTests extends AccountHttpTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		EmbeddedPostgresDatabase.register(registry);
	}

}
