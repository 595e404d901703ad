package se.kommunkollen.api;

import java.util.Map;

import graphql.GraphQLContext;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderRegistry;
import org.dataloader.instrumentation.DataLoaderInstrumentation;
import org.jspecify.annotations.Nullable;

/**
 * A request's data loaders, each made when a field first asks for it: Spring makes every
 * one of the schema's (about 80 batch mappings, twice with the observation's
 * instrumentation) for every request, which cost about a tenth of a cheap query's CPU,
 * while a query uses a few. graphql-java only looks loaders up by name and dispatches
 * those there are, so one never made is one never needed.
 */
final class LazyDataLoaderRegistry extends DataLoaderRegistry {

	private volatile @Nullable Map<String, DataLoader<?, ?>> prototypes;

	private volatile @Nullable GraphQLContext context;

	LazyDataLoaderRegistry(@Nullable DataLoaderInstrumentation instrumentation) {
		super(Map.of(), instrumentation);
	}

	/**
	 * @param prototypes the loaders by name, to be copied for this request
	 * @param context the request's context, the loaders' batch context
	 */
	void supply(Map<String, DataLoader<?, ?>> prototypes, GraphQLContext context) {
		this.context = context;
		this.prototypes = prototypes;
	}

	@Override
	public <K, V> @Nullable DataLoader<K, V> getDataLoader(String key) {
		DataLoader<K, V> loader = super.getDataLoader(key);
		Map<String, DataLoader<?, ?>> prototypes = this.prototypes;
		if (loader != null || prototypes == null || !prototypes.containsKey(key)) {
			return loader;
		}
		return computeIfAbsent(key, (name) -> forThisRequest(prototypes.get(name)));
	}

	private DataLoader<?, ?> forThisRequest(DataLoader<?, ?> prototype) {
		GraphQLContext requestContext = this.context;
		return prototype.transform((builder) -> builder.options(prototype.getOptions()
			.transform((options) -> options.setBatchLoaderContextProvider(() -> requestContext))));
	}

}
