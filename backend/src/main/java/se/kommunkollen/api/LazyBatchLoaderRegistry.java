package se.kommunkollen.api;

import java.util.Map;

import graphql.GraphQLContext;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.execution.DefaultBatchLoaderRegistry;

/**
 * Spring's registry of batch loaders, which gives a {@link LazyDataLoaderRegistry} the
 * loaders to make on demand instead of making them all.
 */
class LazyBatchLoaderRegistry extends DefaultBatchLoaderRegistry {

	private volatile @Nullable Map<String, DataLoader<?, ?>> prototypes;

	@Override
	public void registerDataLoaders(DataLoaderRegistry registry, GraphQLContext context) {
		if (registry instanceof LazyDataLoaderRegistry lazy) {
			lazy.supply(prototypes(), context);
		}
		else {
			super.registerDataLoaders(registry, context);
		}
	}

	/** Made once, after the controllers have registered their batch mappings. */
	private Map<String, DataLoader<?, ?>> prototypes() {
		Map<String, DataLoader<?, ?>> made = this.prototypes;
		if (made == null) {
			DataLoaderRegistry registry = new DataLoaderRegistry();
			super.registerDataLoaders(registry, GraphQLContext.getDefault());
			made = Map.copyOf(registry.getDataLoadersMap());
			this.prototypes = made;
		}
		return made;
	}

}
