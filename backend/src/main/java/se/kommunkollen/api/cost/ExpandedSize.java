package se.kommunkollen.api.cost;

import java.util.HashMap;
import java.util.Map;

import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;

/**
 * How many fields an operation holds once every fragment spread is expanded, counted on
 * the document in linear time (each fragment once). graphql-java's normalization visits
 * every expanded field, so a small document whose fragments spread each other twice would
 * keep a worker busy far beyond the time limit: it is measured here first.
 */
final class ExpandedSize {

	private final Map<String, FragmentDefinition> fragments;

	private final Map<String, Long> sizes = new HashMap<>();

	private ExpandedSize(Map<String, FragmentDefinition> fragments) {
		this.fragments = fragments;
	}

	static long of(SelectionSet selections, Map<String, FragmentDefinition> fragments) {
		return new ExpandedSize(fragments).count(selections);
	}

	private long count(SelectionSet selections) {
		if (selections == null) {
			return 0;
		}
		long total = 0;
		for (Selection<?> selection : selections.getSelections()) {
			total = add(total, size(selection));
		}
		return total;
	}

	private long size(Selection<?> selection) {
		if (selection instanceof Field field) {
			return add(1, count(field.getSelectionSet()));
		}
		if (selection instanceof InlineFragment inline) {
			return count(inline.getSelectionSet());
		}
		if (selection instanceof FragmentSpread spread) {
			Long known = this.sizes.get(spread.getName());
			if (known != null) {
				return known;
			}
			FragmentDefinition fragment = this.fragments.get(spread.getName());
			// validation has refused unknown fragments and cycles before execution
			long size = (fragment != null) ? count(fragment.getSelectionSet()) : 0;
			this.sizes.put(spread.getName(), size);
			return size;
		}
		return 0;
	}

	private static long add(long a, long b) {
		long sum = a + b;
		return (sum < 0) ? Long.MAX_VALUE : sum;
	}

}
