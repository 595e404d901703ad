package se.kommunkollen.api;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import graphql.scalars.ExtendedScalars;

import graphql.GraphQL;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;
import org.springframework.core.env.Environment;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.graphql.execution.SelfDescribingDataFetcher;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.graphql.data.pagination.CursorEncoder;
import org.springframework.graphql.data.pagination.CursorStrategy;
import org.springframework.graphql.data.query.ScrollPositionCursorStrategy;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

import se.kommunkollen.api.cost.DocumentCache;
import se.kommunkollen.api.cost.QueryCost;
import se.kommunkollen.api.cost.QueryCosts;
import se.kommunkollen.api.cost.QueryLimitsInstrumentation;
import se.kommunkollen.api.execution.ExecutionTimeLimit;
import se.kommunkollen.report.Provenance;
import se.kommunkollen.report.Sourced;

/**
 * Scalars and the limits that keep the public API cheap to run: argument checks, query
 * depth and cost before execution, and a time limit that stops the execution
 * (graphql-java has no Boot properties for these).
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

	/**
	 * Documents by query text, parsed and validated once: a query sent again (a refused
	 * one above all) costs a lookup.
	 */
	@Bean
	DocumentCache documentCache(ApiProperties properties) {
		return new DocumentCache(properties.queryCache().toBytes());
	}

	/**
	 * Gives graphql-java the document cache. Not a GraphQlSourceBuilderCustomizer: its
	 * presence alone makes Spring Boot build a GraphQlSource without a schema, so a
	 * missing schema would no longer fail with {@link #schemaMustBeLoaded}'s message.
	 */
	@Bean
	static BeanPostProcessor cachedDocuments(ObjectProvider<DocumentCache> documentCache) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (!(bean instanceof GraphQlSource source)) {
					return bean;
				}
				GraphQL graphQl = source.graphQl()
					.transform((builder) -> builder.preparsedDocumentProvider(documentCache.getObject()));
				return new GraphQlSource() {
					@Override
					public GraphQL graphQl() {
						return graphQl;
					}

					@Override
					public GraphQLSchema schema() {
						return source.schema();
					}
				};
			}
		};
	}

	@Bean
	QueryCosts queryCosts(ApiProperties properties, DocumentCache documentCache,
			ObjectProvider<CursorStrategy<ScrollPosition>> cursors) {
		// Spring's cursors (Boot's default when it has no schema to serve)
		CursorStrategy<ScrollPosition> strategy = cursors.getIfAvailable(
				() -> CursorStrategy.withEncoder(new ScrollPositionCursorStrategy(), CursorEncoder.base64()));
		return new QueryCosts(properties.queryCache().toBytes(), documentCache, strategy);
	}

	@Bean
	QueryLimitsInstrumentation queryLimits(ApiProperties properties, QueryCosts queryCosts) {
		return new QueryLimitsInstrumentation(properties.maxDepth(), properties.maxCost(), queryCosts);
	}

	/**
	 * GraphQL requests run here, not on the web server's threads, so that an answer can
	 * be sent at the time limit while the execution is being stopped.
	 */
	@Bean(destroyMethod = "shutdown")
	ThreadPoolExecutor graphQlExecutor(ApiProperties properties) {
		return pool("graphql-", properties.executionThreads(), properties.executionQueue());
	}

	/** Heavy queries run here, apart, so that cheap ones never queue behind them. */
	@Bean(destroyMethod = "shutdown")
	ThreadPoolExecutor heavyGraphQlExecutor(ApiProperties properties) {
		return pool("graphql-heavy-", properties.heavyThreads(), properties.heavyQueue());
	}

	private static ThreadPoolExecutor pool(String name, int threads, int queue) {
		ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.MINUTES,
				new ArrayBlockingQueue<>(queue), new CustomizableThreadFactory(name));
		pool.allowCoreThreadTimeOut(true);
		return pool;
	}

	/**
	 * Never interrupts a thread on cancel (an interrupt in the middle of JDBC can close
	 * H2's file); executions stop through graphql-java's cancellation instead. Plain
	 * Executors, because Reactor cancels tasks of an ExecutorService with an interrupt. A
	 * query within the limits that costs more than {@code heavy-cost} goes to the heavy
	 * lane; a refused one is refused where it is, as refusing is cheap.
	 */
	@Bean
	ExecutionTimeLimit executionTimeLimit(ApiProperties properties, ThreadPoolExecutor graphQlExecutor,
			ThreadPoolExecutor heavyGraphQlExecutor, QueryCosts queryCosts, ObjectProvider<GraphQlSource> source) {
		return new ExecutionTimeLimit(properties.timeout(), Schedulers.fromExecutor(graphQlExecutor::execute),
				Schedulers.fromExecutor(heavyGraphQlExecutor::execute), (input) -> {
					QueryCost cost = queryCosts.estimate(input, source.getObject().schema());
					return cost != null && cost.errors().isEmpty() && cost.cost() > properties.heavyCost()
							&& cost.cost() <= properties.maxCost() && cost.depth() <= properties.maxDepth();
				});
	}

}
