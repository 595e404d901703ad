package se.kommunkollen.web;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.servlet.AsyncHandlerInterceptor;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;

/**
 * At most {@code max-in-flight} requests of one client are answered at a time; one more
 * is answered {@code 429} at once. A client can then hold a few execution threads, never
 * all of them, however fast it sends. A request leaves when its answer is complete
 * (asynchronous answers included) or its client has gone.
 */
class InFlightLimitInterceptor implements AsyncHandlerInterceptor {

	private static final String SLOT = InFlightLimitInterceptor.class.getName() + ".SLOT";

	private final int maxInFlight;

	private final ClientAddresses clients;

	private final ConcurrentHashMap<String, Integer> inFlight = new ConcurrentHashMap<>();

	InFlightLimitInterceptor(RateLimitProperties properties) {
		this.maxInFlight = properties.maxInFlight();
		this.clients = new ClientAddresses(properties.trustedProxies());
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		if (handler instanceof ResourceHttpRequestHandler || CorsUtils.isPreFlightRequest(request)
				|| request.getAttribute(SLOT) != null || !firstDispatch(request)) {
			return true;
		}
		String client = this.clients.key(request);
		boolean[] admitted = new boolean[1];
		this.inFlight.compute(client, (key, count) -> {
			int current = (count != null) ? count : 0;
			admitted[0] = current < this.maxInFlight;
			return admitted[0] ? current + 1 : ((current == 0) ? null : current);
		});
		if (!admitted[0]) {
			response.setHeader(HttpHeaders.RETRY_AFTER, "1");
			JsonErrors.write(response, HttpStatus.TOO_MANY_REQUESTS, "TOO_MANY_REQUESTS_IN_FLIGHT",
					"Too many requests from your address at once: at most " + this.maxInFlight
							+ " may be answered at a time. Wait for an answer before sending more.");
			return false;
		}
		request.setAttribute(SLOT, new Slot(client));
		return true;
	}

	@Override
	public void afterConcurrentHandlingStarted(HttpServletRequest request, HttpServletResponse response,
			Object handler) {
		if (request.getAttribute(SLOT) instanceof Slot slot) {
			// released on the dispatch that completes the answer, or here if the client
			// left and nothing is dispatched
			request.getAsyncContext().addListener(slot);
		}
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (!request.isAsyncStarted() && request.getAttribute(SLOT) instanceof Slot slot) {
			slot.release();
		}
	}

	int inFlight(String client) {
		return this.inFlight.getOrDefault(client, 0);
	}

	/**
	 * The first dispatch of a request to the handler (the body filter's async one
	 * included).
	 */
	private static boolean firstDispatch(HttpServletRequest request) {
		DispatcherType type = request.getDispatcherType();
		return type == DispatcherType.REQUEST || type == DispatcherType.ASYNC;
	}

	/** One request's place, given back once. */
	private final class Slot implements AsyncListener {

		private final String client;

		private final AtomicBoolean released = new AtomicBoolean();

		Slot(String client) {
			this.client = client;
		}

		void release() {
			if (this.released.compareAndSet(false, true)) {
				InFlightLimitInterceptor.this.inFlight.computeIfPresent(this.client,
						(key, count) -> (count <= 1) ? null : count - 1);
			}
		}

		@Override
		public void onComplete(AsyncEvent event) {
			release();
		}

		@Override
		public void onTimeout(AsyncEvent event) {
		}

		@Override
		public void onError(AsyncEvent event) {
		}

		@Override
		public void onStartAsync(AsyncEvent event) {
			// a new asynchronous cycle drops its listeners
			event.getAsyncContext().addListener(this);
		}

	}

}
