package se.kommunkollen.api;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;

import se.kommunkollen.KommunkollenApplication;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SchemaStartupTests {

	@Test
	void startupFailsLoudlyWhenTheSchemaIsMissing() {
		SpringApplication application = new SpringApplication(KommunkollenApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		assertThatThrownBy(() -> application.run("--spring.graphql.schema.locations=classpath:no-such-folder/",
				"--spring.datasource.url=jdbc:h2:mem:no-schema", "--kommunkollen.samples.import-on-empty=false"))
			.hasStackTraceContaining("No GraphQL schema found in classpath:no-such-folder/");
	}

}
