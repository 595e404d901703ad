package se.kommunkollen.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.GraphQLContext;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Parts of reports kept in memory, keyed by report and {@link DataVersion}. A report
 * never changes after import (a new version replaces it whole and raises the data version
 * in the same transaction), so a part read once serves every request until the data
 * version changes. Each request reads the data version once
 * ({@link DataVersion#ofRequest}): an import committed by any instance sharing the
 * database shows in the next request.
 * <p>
 * Bounded by the estimated bytes of the parts held
 * ({@code kommunkollen.report-cache.max-bytes}); parts of older data versions are dropped
 * as soon as a newer version is seen.
 */
@Component
@EnableConfigurationProperties(ReportCacheProperties.class)
public class ReportCache {

	private final Cache<Key, Held> parts;

	private final DataVersion dataVersion;

	private final TransactionTemplate snapshot;

	private final AtomicLong newestVersion = new AtomicLong(Long.MIN_VALUE);

	ReportCache(ReportCacheProperties properties, DataVersion dataVersion, PlatformTransactionManager transactions) {
		this.parts = Caffeine.newBuilder()
			.maximumWeight(properties.maxBytes().toBytes())
			.weigher((Key key, Held held) -> held.weight())
			// Evict in the calling thread: the bound holds as soon as a part is stored.
			.executor(Runnable::run)
			.build();
		this.dataVersion = dataVersion;
		this.snapshot = new TransactionTemplate(transactions);
		// All tables of a load read from one snapshot, with the version it belongs to.
		this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		this.snapshot.setReadOnly(true);
	}

	/**
	 * The part of each report, from memory where the current data version's part is held,
	 * otherwise read for all missing reports at once.
	 * @param context the request's context, which holds the data version it reads
	 * @return the part of each distinct report id, in the order given
	 */
	public <T> Map<String, T> get(ReportPart<T> part, Collection<String> reportIds, GraphQLContext context) {
		long version = this.dataVersion.ofRequest(context);
		dropOlderThan(version);
		Map<String, T> found = new LinkedHashMap<>();
		List<String> missing = new ArrayList<>();
		for (String reportId : reportIds) {
			if (reportId == null || found.containsKey(reportId)) {
				continue;
			}
			Held held = this.parts.getIfPresent(new Key(part, reportId, version));
			@SuppressWarnings("unchecked")
			T value = (held != null) ? (T) held.part() : null;
			found.put(reportId, value);
			if (value == null) {
				missing.add(reportId);
			}
		}
		if (!missing.isEmpty()) {
			found.putAll(load(part, missing));
		}
		return found;
	}

	/** Number of parts held (after pending evictions). */
	public long size() {
		this.parts.cleanUp();
		return this.parts.estimatedSize();
	}

	private <T> Map<String, T> load(ReportPart<T> part, List<String> reportIds) {
		Loaded<T> loaded = this.snapshot.execute((status) -> {
			long version = this.dataVersion.read();
			return new Loaded<>(version, part.load(reportIds));
		});
		dropOlderThan(loaded.version());
		if (loaded.version() >= this.newestVersion.get()) {
			loaded.parts()
				.forEach((reportId, value) -> this.parts.put(new Key(part, reportId, loaded.version()),
						new Held(value, weight(part.bytes(value) + 64 + reportId.length()))));
		}
		return loaded.parts();
	}

	private void dropOlderThan(long version) {
		long newest = this.newestVersion.get();
		if (version > newest && this.newestVersion.compareAndSet(newest, version)) {
			this.parts.asMap().keySet().removeIf((key) -> key.version() < version);
		}
	}

	private static int weight(long bytes) {
		return (int) Math.min(Integer.MAX_VALUE, bytes);
	}

	private record Key(ReportPart<?> part, String reportId, long version) {
	}

	private record Held(Object part, int weight) {
	}

	private record Loaded<T>(long version, Map<String, T> parts) {
	}

}
