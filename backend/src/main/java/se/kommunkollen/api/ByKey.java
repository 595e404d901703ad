package se.kommunkollen.api;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import static java.util.stream.Collectors.groupingBy;

/**
 * Arranges the rows of one batched query by the parents that asked for them, as
 * {@code @BatchMapping} methods return them.
 */
public final class ByKey {

	private ByKey() {
	}

	/**
	 * The children of each parent, loaded with one query for all parents.
	 * @param query loads the children of the given parent keys
	 * @param parentKey the key of a child's parent
	 */
	public static <P, K, C> Map<P, List<C>> children(Collection<P> parents, Function<P, K> key,
			Function<List<K>, List<C>> query, Function<C, K> parentKey) {
		return lists(parents, key, query.apply(keys(parents, key)).stream().collect(groupingBy(parentKey)));
	}

	/**
	 * The one record each item refers to, loaded with one query for all items.
	 * @param reference the id an item refers to, or null
	 * @param query loads the records of the given ids
	 */
	public static <T, K, V> Map<T, V> parent(Collection<T> items, Function<T, K> reference,
			Function<List<K>, Iterable<V>> query, Function<V, K> id) {
		return single(items, reference, index(query.apply(keys(items, reference)), id));
	}

	/** Each parent gets the rows under its key, or an empty list. */
	public static <P, K, V> Map<P, List<V>> lists(Collection<P> parents, Function<P, K> key, Map<K, List<V>> rows) {
		Map<P, List<V>> result = new LinkedHashMap<>();
		for (P parent : parents) {
			result.put(parent, rows.getOrDefault(key.apply(parent), List.of()));
		}
		return result;
	}

	/**
	 * Each parent whose key is not null gets the one row under its key; others are left
	 * out (null).
	 */
	public static <P, K, V> Map<P, V> single(Collection<P> parents, Function<P, K> key, Map<K, V> rows) {
		Map<P, V> result = new LinkedHashMap<>();
		for (P parent : parents) {
			K parentKey = key.apply(parent);
			if (parentKey != null && rows.containsKey(parentKey)) {
				result.put(parent, rows.get(parentKey));
			}
		}
		return result;
	}

	/**
	 * Each item gets what the function gives it; items given null are left out (null).
	 */
	public static <T, V> Map<T, V> each(Collection<T> items, Function<T, V> value) {
		Map<T, V> result = new LinkedHashMap<>();
		for (T item : items) {
			V v = value.apply(item);
			if (v != null) {
				result.put(item, v);
			}
		}
		return result;
	}

	/** Index rows by id. */
	public static <K, V> Map<K, V> index(Iterable<V> rows, Function<V, K> id) {
		Map<K, V> result = new LinkedHashMap<>();
		rows.forEach((row) -> result.put(id.apply(row), row));
		return result;
	}

	/** The distinct non-null keys of the parents, for an IN query. */
	public static <P, K> List<K> keys(Collection<P> parents, Function<P, K> key) {
		return parents.stream().map(key).filter(Objects::nonNull).distinct().toList();
	}

}
