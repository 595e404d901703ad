package se.kommunkollen.api;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.scalars.ExtendedScalars;
import graphql.schema.GraphQLScalarType;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.graphql.server.TimeoutWebGraphQlInterceptor;

/**
 * Scalars and the limits that keep the public API cheap to run: query depth, query
 * complexity and a request timeout (graphql-java has no Boot properties for these).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiProperties.class)
class GraphQlConfiguration {

	static final GraphQLScalarType DECIMAL = ExtendedScalars.GraphQLBigDecimal.transform((scalar) -> scalar
		.name("Decimal")
		.description("An exact decimal number, serialised as a JSON number."));

	@Bean
	RuntimeWiringConfigurer scalars() {
		return (wiring) -> wiring.scalar(DECIMAL).scalar(ExtendedScalars.Date).scalar(ExtendedScalars.DateTime);
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
