package se.kommunkollen.api.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;

/**
 * The queries known by their SHA-256 hash (Apollo's automatic persisted queries), bounded
 * by the bytes of query text they hold: the least useful are evicted first.
 */
public class PersistedQueries {

	private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

	private final Cache<String, String> queries;

	public PersistedQueries(long maxBytes) {
		this.queries = Caffeine.newBuilder()
			.maximumWeight(maxBytes)
			.weigher((String hash, String query) -> weight(hash, query))
			// Evict in the calling thread: the bound holds as soon as a query is stored.
			.executor(Runnable::run)
			.build();
	}

	public @Nullable String find(String hash) {
		return this.queries.getIfPresent(hash);
	}

	/**
	 * Stores a query under its hash; call it only for queries that were executed.
	 */
	public void remember(String hash, String query) {
		this.queries.put(hash, query);
	}

	/** Number of queries held (after pending evictions). */
	public long size() {
		this.queries.cleanUp();
		return this.queries.estimatedSize();
	}

	public static boolean isHash(String value) {
		return SHA256_HEX.matcher(value).matches();
	}

	public static String sha256(String query) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(query.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required of every Java runtime", ex);
		}
	}

	private static int weight(String hash, String query) {
		return hash.length() + query.length();
	}

}
