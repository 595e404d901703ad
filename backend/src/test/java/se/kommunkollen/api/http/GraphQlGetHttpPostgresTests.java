package se.kommunkollen.api.http;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.kommunkollen.support.EmbeddedPostgresDatabase;

/** The same GET, caching and persisted query tests on a real PostgreSQL server. */
class GraphQlGetHttpPostgresTests extends GraphQlGetHttpTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		EmbeddedPostgresDatabase.register(registry);
	}

}
