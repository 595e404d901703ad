package se.kommunkollen.web;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;

/**
 * Counts each client's requests to anything but static files (the API, whatever path
 * spelling or method led there) in a token bucket, and answers {@code 429} with
 * {@code Retry-After} when the bucket is empty. Runs after handler mapping, so it counts
 * by what a request reaches, not by how its path is written.
 */
class RateLimitInterceptor implements HandlerInterceptor {

	private static final String COUNTED = RateLimitInterceptor.class.getName() + ".COUNTED";

	private final RateLimitProperties properties;

	private final ClientAddresses clients;

	private final Cache<String, Bucket> buckets;

	private final Runnable onRefused;

	RateLimitInterceptor(RateLimitProperties properties) {
		this(properties, () -> {
		});
	}

	/**
	 * @param onRefused called for every request refused with {@code 429} (a metric)
	 */
	RateLimitInterceptor(RateLimitProperties properties, Runnable onRefused) {
		this.properties = properties;
		this.onRefused = onRefused;
		this.clients = new ClientAddresses(properties.trustedProxies());
		// A bucket left alone for as long as it takes to refill is full again: forgetting
		// it then changes nothing.
		Duration refill = Duration.ofMillis(Math.max(1000, 60_000 * properties.burst() / properties.perMinute()));
		this.buckets = Caffeine.newBuilder().maximumSize(properties.maxClients()).expireAfterAccess(refill).build();
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		if (handler instanceof ResourceHttpRequestHandler || CorsUtils.isPreFlightRequest(request)
				|| !counts(request)) {
			return true;
		}
		request.setAttribute(COUNTED, Boolean.TRUE);
		Bucket bucket = this.buckets.get(this.clients.key(request), (key) -> newBucket());
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		if (probe.isConsumed()) {
			return true;
		}
		this.onRefused.run();
		long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999));
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		JsonErrors.write(response, HttpStatus.TOO_MANY_REQUESTS, "RATE_LIMITED",
				"Too many requests from your address: at most " + this.properties.burst() + " at once and "
						+ this.properties.perMinute() + " per minute. Try again in " + seconds + " s.");
		return false;
	}

	long rememberedClients() {
		this.buckets.cleanUp();
		return this.buckets.estimatedSize();
	}

	/** Once per request: not again on forwards, error pages or async dispatches. */
	private static boolean counts(HttpServletRequest request) {
		DispatcherType type = request.getDispatcherType();
		return (type == DispatcherType.REQUEST || type == DispatcherType.ASYNC)
				&& request.getAttribute(COUNTED) == null;
	}

	private Bucket newBucket() {
		return Bucket.builder()
			.addLimit((limit) -> limit.capacity(this.properties.burst())
				.refillGreedy(this.properties.perMinute(), Duration.ofMinutes(1)))
			.build();
	}

}
