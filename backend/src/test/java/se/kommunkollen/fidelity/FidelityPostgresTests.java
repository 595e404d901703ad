package se.kommunkollen.fidelity;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.kommunkollen.support.EmbeddedPostgresDatabase;

/** The expected facts of every sample, served from a real PostgreSQL server. */
class FidelityPostgresTests extends FidelityTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		EmbeddedPostgresDatabase.register(registry);
	}

}
