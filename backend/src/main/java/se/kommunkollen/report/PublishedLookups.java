package se.kommunkollen.report;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.GraphQLContext;

import org.springframework.stereotype.Component;

/**
 * Small answers read from the published data outside any one report — the list of
 * municipalities, a municipality by id, a municipality's reports, the report that holds a
 * goal — kept in memory per {@link DataVersion}, as {@link ReportCache} keeps report
 * parts: published data changes only with the data version, so an answer read at the
 * request's version serves every request at that version. Answers of older versions are
 * dropped once a newer one is seen; at most {@code kommunkollen.report-cache.max-lookups}
 * answers are held (the least used evicted first).
 * <p>
 * What is loaded must not be {@code null} (use {@link java.util.Optional}) and must not
 * be changed by its callers: it is shared.
 */
@Component
public class PublishedLookups {

	private final Cache<Key, Object> answers;

	private final DataVersion dataVersion;

	private final AtomicLong newestVersion = new AtomicLong(Long.MIN_VALUE);

	PublishedLookups(ReportCacheProperties properties, DataVersion dataVersion) {
		this.answers = Caffeine.newBuilder().maximumSize(properties.maxLookups()).build();
		this.dataVersion = dataVersion;
	}

	/**
	 * @param kind what is looked up, e.g. {@code "municipality"}
	 * @param argument what it is looked up by
	 * @param load reads the answer (after the request's data version was read, so it is
	 * at least that version's data)
	 * @return the answer at the request's data version
	 */
	@SuppressWarnings("unchecked")
	public <A, V> V get(String kind, A argument, GraphQLContext context, Supplier<V> load) {
		long version = version(context);
		return (V) this.answers.get(new Key(kind, argument, version), (key) -> load.get());
	}

	/**
	 * The answers for several arguments, reading those not held with one call of
	 * {@code load}.
	 * @param load reads the answers of the given arguments; an argument it leaves out is
	 * left out of the result, and is not kept
	 * @return the answer of each argument, in the order given
	 */
	@SuppressWarnings("unchecked")
	public <A, V> Map<A, V> getAll(String kind, Collection<A> arguments, GraphQLContext context,
			Function<Set<A>, Map<A, V>> load) {
		long version = version(context);
		Map<Key, A> keys = new LinkedHashMap<>();
		arguments.forEach((argument) -> keys.put(new Key(kind, argument, version), argument));
		Map<Key, Object> held = this.answers.getAll(keys.keySet(), (missing) -> {
			Set<A> wanted = new HashSet<>();
			missing.forEach((key) -> wanted.add((A) key.argument()));
			Map<Key, Object> loaded = new HashMap<>();
			load.apply(wanted).forEach((argument, value) -> loaded.put(new Key(kind, argument, version), value));
			return loaded;
		});
		Map<A, V> answers = new LinkedHashMap<>();
		keys.forEach((key, argument) -> {
			Object value = held.get(key);
			if (value != null) {
				answers.put(argument, (V) value);
			}
		});
		return answers;
	}

	/** Number of answers held (after pending evictions). */
	long size() {
		this.answers.cleanUp();
		return this.answers.estimatedSize();
	}

	private long version(GraphQLContext context) {
		long version = this.dataVersion.ofRequest(context);
		long newest = this.newestVersion.get();
		if (version > newest && this.newestVersion.compareAndSet(newest, version)) {
			this.answers.asMap().keySet().removeIf((key) -> key.version() < version);
		}
		return version;
	}

	private record Key(String kind, Object argument, long version) {
	}

}
