package se.kommunkollen.api.http;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

import se.kommunkollen.report.DataVersion;

/**
 * GraphQL over GET with HTTP caching, and automatic persisted queries for both GET and
 * POST. Spring for GraphQL serves POST only; the GET route is ordered before Spring
 * Boot's (which answers GET with 405).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties({ CacheProperties.class, ApqProperties.class })
class GraphQlGetConfiguration {

	@Bean
	PersistedQueries persistedQueries(ApqProperties properties) {
		return new PersistedQueries(properties.maxBytes().toBytes());
	}

	@Bean
	PersistedQueryInterceptor persistedQueryInterceptor(PersistedQueries persistedQueries) {
		return new PersistedQueryInterceptor(persistedQueries);
	}

	@Bean
	GraphQlGetHandler graphQlGetHandler(WebGraphQlHandler graphQl, DataVersion dataVersion,
			PersistedQueries persistedQueries, JsonMapper json, CacheProperties cache, GraphQlSource source) {
		return new GraphQlGetHandler(graphQl, dataVersion, persistedQueries, json, cache, source);
	}

	@Bean
	@Order(0)
	RouterFunction<ServerResponse> graphQlGetRoute(GraphQlGetHandler handler,
			@Value("${spring.graphql.http.path:/graphql}") String path) {
		// HEAD answers as GET would, without a body (the servlet container drops it)
		return RouterFunctions.route().GET(path, handler::handle).HEAD(path, handler::handle).build();
	}

}
