package se.kommunkollen.operations;

import java.io.IOException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.slf4j.MDC;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import se.kommunkollen.web.ClientAddresses;

/**
 * One log line per request on the public port, when its answer is complete: method, path,
 * status, duration, the client as the rate limit counts it, and the request id. The id is
 * the client's {@code X-Request-Id} when that is short and plain (letters, digits,
 * {@code . _ : -}), otherwise a new one; it is returned in the same header, set in the
 * logging context ({@code requestId}) and added to GraphQL errors
 * ({@link RequestIdInErrors}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestLog extends OncePerRequestFilter {

	static final String HEADER = "X-Request-Id";

	/** The request's id, as a request attribute. */
	static final String ID = RequestLog.class.getName() + ".ID";

	private static final String STARTED = RequestLog.class.getName() + ".STARTED";

	private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

	private static final int MAX_PATH = 200;

	/** Its own logger, so that it can be turned off alone. */
	private static final Log logger = LogFactory.getLog("se.kommunkollen.requests");

	private final ClientAddresses clients;

	RequestLog(Environment environment) {
		this.clients = new ClientAddresses(Binder.get(environment)
			.bind("kommunkollen.rate-limit.trusted-proxies", Bindable.listOf(String.class))
			.orElse(List.of()));
	}

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String id = (String) request.getAttribute(ID);
		if (id == null) {
			id = idOf(request.getHeader(HEADER));
			request.setAttribute(ID, id);
			request.setAttribute(STARTED, System.nanoTime());
			response.setHeader(HEADER, id);
		}
		MDC.put("requestId", id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (!request.isAsyncStarted() && logger.isInfoEnabled()) {
				long millis = (System.nanoTime() - (Long) request.getAttribute(STARTED)) / 1_000_000;
				logger.info(request.getMethod() + " " + path(request) + " " + response.getStatus() + " " + millis
						+ " ms client=" + this.clients.key(request) + " id=" + id);
			}
			MDC.remove("requestId");
		}
	}

	static String idOf(String header) {
		if (header != null && SAFE_ID.matcher(header).matches()) {
			return header;
		}
		byte[] random = new byte[12];
		ThreadLocalRandom.current().nextBytes(random);
		return HexFormat.of().formatHex(random);
	}

	private static String path(HttpServletRequest request) {
		String path = request.getRequestURI();
		return (path.length() > MAX_PATH) ? path.substring(0, MAX_PATH) + "…" : path;
	}

}
