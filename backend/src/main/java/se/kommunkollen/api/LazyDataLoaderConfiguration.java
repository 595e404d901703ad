package se.kommunkollen.api;

import graphql.ExecutionInput;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import io.micrometer.observation.ObservationRegistry;
import org.dataloader.instrumentation.DataLoaderInstrumentation;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.observation.DataFetcherObservationConvention;
import org.springframework.graphql.observation.DataLoaderObservationConvention;
import org.springframework.graphql.observation.ExecutionRequestObservationConvention;
import org.springframework.graphql.observation.GraphQlObservationInstrumentation;
import org.springframework.graphql.server.WebGraphQlInterceptor;

/**
 * Data loaders made when a query first needs them ({@link LazyDataLoaderRegistry}), with
 * the same observations ({@code graphql.dataloader}) as Spring's.
 */
@Configuration(proxyBeanMethods = false)
class LazyDataLoaderConfiguration {

	@Bean
	BatchLoaderRegistry batchLoaderRegistry() {
		return new LazyBatchLoaderRegistry();
	}

	/** Spring Boot's, but it instruments a lazy registry's loaders as they are made. */
	@Bean
	LazyObservationInstrumentation graphQlObservationInstrumentation(ObjectProvider<ObservationRegistry> registry,
			ObjectProvider<ExecutionRequestObservationConvention> requests,
			ObjectProvider<DataFetcherObservationConvention> dataFetchers,
			ObjectProvider<DataLoaderObservationConvention> dataLoaders) {
		return new LazyObservationInstrumentation(registry.getIfAvailable(() -> ObservationRegistry.NOOP),
				requests.getIfAvailable(), dataFetchers.getIfAvailable(), dataLoaders.getIfAvailable());
	}

	@Bean
	WebGraphQlInterceptor lazyDataLoaders(ObjectProvider<LazyObservationInstrumentation> observation) {
		DataLoaderInstrumentation instrumentation = observation.stream()
			.findFirst()
			.map(LazyObservationInstrumentation::dataLoaderInstrumentation)
			.orElse(null);
		return (request, chain) -> {
			request.configureExecutionInput((input,
					builder) -> builder.dataLoaderRegistry(new LazyDataLoaderRegistry(instrumentation)).build());
			return chain.next(request);
		};
	}

	static class LazyObservationInstrumentation extends GraphQlObservationInstrumentation {

		private final @Nullable DataLoaderInstrumentation dataLoaderInstrumentation;

		LazyObservationInstrumentation(ObservationRegistry registry,
				@Nullable ExecutionRequestObservationConvention requests,
				@Nullable DataFetcherObservationConvention dataFetchers,
				@Nullable DataLoaderObservationConvention dataLoaders) {
			super(registry, requests, dataFetchers, dataLoaders);
			// Spring's instrumentation of data loaders, as it sets it on a registry
			this.dataLoaderInstrumentation = super.instrumentExecutionInput(
					ExecutionInput.newExecutionInput("{ __typename }").build(), null, null)
				.getDataLoaderRegistry()
				.getInstrumentation();
		}

		@Nullable DataLoaderInstrumentation dataLoaderInstrumentation() {
			return this.dataLoaderInstrumentation;
		}

		@Override
		public ExecutionInput instrumentExecutionInput(ExecutionInput input,
				InstrumentationExecutionParameters parameters, InstrumentationState state) {
			if (input.getDataLoaderRegistry() instanceof LazyDataLoaderRegistry) {
				return input;
			}
			return super.instrumentExecutionInput(input, parameters, state);
		}

	}

}
