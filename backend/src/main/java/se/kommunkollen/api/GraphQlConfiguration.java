package se.kommunkollen.api;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.scalars.ExtendedScalars;
import java.util.List;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLScalarType;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;
import org.springframework.core.env.Environment;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.graphql.execution.SelfDescribingDataFetcher;
import org.springframework.graphql.server.TimeoutWebGraphQlInterceptor;

import se.kommunkollen.report.Provenance;
import se.kommunkollen.report.Sourced;

/**
 * Scalars and the limits that keep the public API cheap to run: query depth, query
 * complexity and a request timeout (graphql-java has no Boot properties for these).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiProperties.class)
public class GraphQlConfiguration {

	static final GraphQLScalarType DECIMAL = ExtendedScalars.GraphQLBigDecimal.transform(
			(scalar) -> scalar.name("Decimal").description("An exact decimal number, serialised as a JSON number."));

	/**
	 * Without a schema Spring Boot quietly serves no /graphql; this server is nothing
	 * without it.
	 */
	@Bean
	static SmartInitializingSingleton schemaMustBeLoaded(ObjectProvider<GraphQlSource> graphQlSource,
			Environment environment) {
		return () -> {
			if (graphQlSource.getIfAvailable() == null) {
				throw new IllegalStateException("No GraphQL schema found in "
						+ environment.getProperty("spring.graphql.schema.locations", "classpath:graphql/**/")
						+ ": the build copies the repository's schema.graphqls to classpath:graphql/ (run it with Maven)");
			}
		};
	}

	@Bean
	RuntimeWiringConfigurer scalars() {
		return (wiring) -> wiring.scalar(DECIMAL).scalar(ExtendedScalars.Date).scalar(ExtendedScalars.DateTime);
	}

	/**
	 * Types read from a report: their {@code provenance} comes from
	 * {@link Sourced#provenance()}.
	 */
	static final List<String> SOURCED_TYPES = List.of("Area", "Goal", "Indicator", "Commitment", "Initiative",
			"InternalControl", "FinancialStatement", "FinancialRow", "Evaluation", "EvaluationArea",
			"EvaluationQuestion");

	@Bean
	RuntimeWiringConfigurer provenance() {
		DataFetcher<Provenance> provenance = new SelfDescribingDataFetcher<>() {
			@Override
			public Provenance get(DataFetchingEnvironment environment) {
				return ((Sourced) environment.getSource()).provenance();
			}

			@Override
			public String getDescription() {
				return "Sourced#provenance";
			}

			@Override
			public ResolvableType getReturnType() {
				return ResolvableType.forClass(Provenance.class);
			}
		};
		return (wiring) -> SOURCED_TYPES
			.forEach((type) -> wiring.type(type, (fields) -> fields.dataFetcher("provenance", provenance)));
	}

	@Bean
	MaxQueryDepthInstrumentation maxQueryDepth(ApiProperties properties) {
		return new MaxQueryDepthInstrumentation(properties.maxDepth());
	}

	@Bean
	MaxQueryComplexityInstrumentation maxQueryComplexity(ApiProperties properties) {
		return new MaxQueryComplexityInstrumentation(properties.maxComplexity());
	}

	@Bean
	TimeoutWebGraphQlInterceptor requestTimeout(ApiProperties properties) {
		return new TimeoutWebGraphQlInterceptor(properties.timeout());
	}

}
