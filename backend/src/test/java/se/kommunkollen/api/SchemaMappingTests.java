package se.kommunkollen.api;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.execution.SchemaReport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every field and argument of the schema is backed by a controller method or a property,
 * so none is silently null (Spring would otherwise only log the gaps).
 */
@SpringBootTest(properties = { "kommunkollen.samples.import-on-empty=false",
		"spring.datasource.url=jdbc:h2:mem:schema-mapping" })
class SchemaMappingTests {

	@Autowired
	AtomicReference<SchemaReport> report;

	@Test
	void everySchemaFieldAndArgumentIsMapped() {
		SchemaReport schemaReport = this.report.get();
		assertThat(schemaReport).isNotNull();
		// Connection, edge and page info fields are filled by Spring's adapter from a
		// Window.
		assertThat(schemaReport.unmappedFields()).as(schemaReport.toString())
			.filteredOn((field) -> !field.getTypeName().matches(".*(Connection|Edge)|PageInfo"))
			.isEmpty();
		assertThat(schemaReport.unmappedArguments()).as(schemaReport.toString()).isEmpty();
		assertThat(schemaReport.unmappedRegistrations()).as(schemaReport.toString()).isEmpty();
		assertThat(schemaReport.skippedTypes()).as(schemaReport.toString()).isEmpty();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class CaptureReport {

		@Bean
		AtomicReference<SchemaReport> schemaReport() {
			return new AtomicReference<>();
		}

		@Bean
		GraphQlSourceBuilderCustomizer captureSchemaReport(AtomicReference<SchemaReport> schemaReport) {
			return (builder) -> builder.inspectSchemaMappings(schemaReport::set);
		}

	}

}
