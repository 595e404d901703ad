package se.kommunkollen.importer;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.kommunkollen.support.EmbeddedPostgresDatabase;

/** Outdated reports are read again on a real PostgreSQL server too. */
class OutdatedReportsPostgresTests extends OutdatedReportsTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		EmbeddedPostgresDatabase.register(registry);
	}

}
