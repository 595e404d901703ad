package se.kommunkollen.trail;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.kommunkollen.support.EmbeddedPostgresDatabase;

/** The trail of imports on a real PostgreSQL server. */
class ImportTrailPostgresTests extends ImportTrailTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		EmbeddedPostgresDatabase.register(registry);
	}

}
