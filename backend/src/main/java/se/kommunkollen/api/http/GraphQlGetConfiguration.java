package se.kommunkollen.api.http;

import graphql.execution.instrumentation.Instrumentation;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
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
	AnswerCache answerCache(CacheProperties cache, JsonMapper json, ObjectProvider<MeterRegistry> registry) {
		AnswerCache answers = new AnswerCache(cache.answers().toBytes(), json);
		registry.ifAvailable(answers::bindTo);
		return answers;
	}

	@Bean
	Instrumentation answerCacheOperationKinds(DataVersion dataVersion, AnswerCache answers) {
		return AnswerCache.operationKinds(dataVersion, answers.enabled());
	}

	@Bean
	PinnedDataVersion pinnedDataVersion() {
		return new PinnedDataVersion();
	}

	/** Replaces Spring Boot's handler of GraphQL over POST (which backs off). */
	@Bean
	GraphQlHttpHandler graphQlHttpHandler(WebGraphQlHandler graphQl, AnswerCache answers, DataVersion dataVersion) {
		return new AnswerCachingPostHandler(graphQl, answers, dataVersion);
	}

	@Bean
	GraphQlGetHandler graphQlGetHandler(WebGraphQlHandler graphQl, DataVersion dataVersion,
			PersistedQueries persistedQueries, JsonMapper json, CacheProperties cache, GraphQlSource source,
			AnswerCache answers) {
		return new GraphQlGetHandler(graphQl, dataVersion, persistedQueries, json, cache, source, answers);
	}

	@Bean
	@Order(0)
	RouterFunction<ServerResponse> graphQlGetRoute(GraphQlGetHandler handler,
			@Value("${spring.graphql.http.path:/graphql}") String path) {
		// HEAD answers as GET would, without a body (the servlet container drops it)
		return RouterFunctions.route().GET(path, handler::handle).HEAD(path, handler::handle).build();
	}

}
