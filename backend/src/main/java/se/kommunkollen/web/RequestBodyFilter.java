package se.kommunkollen.web;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads every request body before anything else sees it, counting bytes as they arrive:
 * on any path and whatever the framing (declared length or chunked), a body over the
 * limit is answered 413, and one that takes longer than the read timeout in total is
 * answered 408. The body is read without blocking, so a slow client holds a connection
 * but no worker thread; once whole, the request is dispatched again with the buffered
 * body. Multipart bodies (uploads) are parsed from the buffered body with the servlet's
 * multipart limits; other form parameters are not parsed from it: no endpoint takes
 * forms.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestBodyFilter extends OncePerRequestFilter {

	private static final String BODY = RequestBodyFilter.class.getName() + ".BODY";

	private final TransportProperties properties;

	/**
	 * Looked up once, at the first multipart body: a lookup per request costs more than
	 * the filter.
	 */
	private final Supplier<MultipartConfigElement> multipartConfig;

	RequestBodyFilter(TransportProperties properties, ObjectProvider<MultipartConfigElement> multipartConfig) {
		this.properties = properties;
		this.multipartConfig = SingletonSupplier
			.of(() -> multipartConfig.getIfAvailable(() -> new MultipartConfigElement("")));
	}

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (isAsyncDispatch(request)) {
			byte[] body = (byte[]) request.getAttribute(BODY);
			if (body != null) {
				request.removeAttribute(BODY);
				chain.doFilter(new BufferedBodyRequest(request, body, this.multipartConfig), response);
			}
			else {
				chain.doFilter(request, response);
			}
			return;
		}
		long length = request.getContentLengthLong();
		boolean chunked = request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
		if (length <= 0 && !chunked) {
			chain.doFilter(request, response);
			return;
		}
		long limit = this.properties.maxBodyBytes(request.getServletPath());
		if (length > limit) {
			JsonErrors.write(response, HttpStatus.CONTENT_TOO_LARGE, "REQUEST_TOO_LARGE",
					"The request body is " + length + " bytes; the limit is " + limit + " bytes.");
			return;
		}
		ByteArrayOutputStream received = new ByteArrayOutputStream((length > 0) ? (int) length : 1024);
		if (length > 0 && readWithoutWaiting(request.getInputStream(), received, length)) {
			chain.doFilter(new BufferedBodyRequest(request, received.toByteArray(), this.multipartConfig), response);
			return;
		}
		AsyncContext async = request.startAsync(request, response);
		async.setTimeout(this.properties.bodyReadTimeout().toMillis());
		BodyReader reader = new BodyReader(async, request, response, limit, received);
		async.addListener(reader);
		request.getInputStream().setReadListener(reader);
	}

	/**
	 * Reads the bytes of a body of declared length that the server has received already,
	 * never waiting for more: a small body usually arrives with the headers, and a
	 * request read whole here is served without the asynchronous round trip (a second
	 * pass through the filters on another dispatch).
	 * @return whether the whole body was read
	 */
	private static boolean readWithoutWaiting(ServletInputStream input, ByteArrayOutputStream received, long length)
			throws IOException {
		byte[] buffer = new byte[(int) Math.min(length, 8192)];
		while (received.size() < length && input.available() > 0) {
			int read = input.read(buffer, 0, (int) Math.min(buffer.length, length - received.size()));
			if (read == -1) {
				break;
			}
			received.write(buffer, 0, read);
		}
		return received.size() == length;
	}

	/**
	 * Collects the body as it arrives; answers once the body is whole, too large or late.
	 */
	private final class BodyReader implements ReadListener, AsyncListener {

		private final AsyncContext async;

		private final HttpServletRequest request;

		private final HttpServletResponse response;

		private final long limit;

		private final ByteArrayOutputStream body;

		private final byte[] buffer = new byte[8192];

		private final AtomicBoolean answered = new AtomicBoolean();

		BodyReader(AsyncContext async, HttpServletRequest request, HttpServletResponse response, long limit,
				ByteArrayOutputStream receivedSoFar) {
			this.async = async;
			this.request = request;
			this.response = response;
			this.limit = limit;
			this.body = receivedSoFar;
		}

		@Override
		public void onDataAvailable() throws IOException {
			ServletInputStream input = this.request.getInputStream();
			while (!this.answered.get() && input.isReady()) {
				int read = input.read(this.buffer);
				if (read == -1) {
					return;
				}
				if (this.body.size() + read > this.limit) {
					refuse(HttpStatus.CONTENT_TOO_LARGE, "REQUEST_TOO_LARGE",
							"The request body is over the limit of " + this.limit + " bytes.");
					return;
				}
				this.body.write(this.buffer, 0, read);
			}
		}

		@Override
		public void onAllDataRead() {
			if (this.answered.compareAndSet(false, true)) {
				this.request.setAttribute(BODY, this.body.toByteArray());
				this.async.dispatch();
			}
		}

		@Override
		public void onTimeout(AsyncEvent event) throws IOException {
			refuse(HttpStatus.REQUEST_TIMEOUT, "REQUEST_TIMEOUT", "The request body did not arrive within "
					+ RequestBodyFilter.this.properties.bodyReadTimeout().toSeconds() + " s.");
		}

		@Override
		public void onError(Throwable failure) {
			// The client went away or sent a broken body: nobody to answer.
			if (this.answered.compareAndSet(false, true)) {
				this.async.complete();
			}
		}

		@Override
		public void onError(AsyncEvent event) {
			onError(event.getThrowable());
		}

		@Override
		public void onComplete(AsyncEvent event) {
		}

		@Override
		public void onStartAsync(AsyncEvent event) {
		}

		private void refuse(HttpStatus status, String code, String message) throws IOException {
			if (this.answered.compareAndSet(false, true)) {
				// The rest of the body is not read: the connection is closed after the
				// answer.
				this.response.setHeader(HttpHeaders.CONNECTION, "close");
				JsonErrors.write(this.response, status, code, message);
				this.async.complete();
			}
		}

	}

	/** The request with its body already read. */
	private static final class BufferedBodyRequest extends HttpServletRequestWrapper {

		private final byte[] body;

		private final Supplier<MultipartConfigElement> multipartConfig;

		private Collection<Part> parts;

		BufferedBodyRequest(HttpServletRequest request, byte[] body, Supplier<MultipartConfigElement> multipartConfig) {
			super(request);
			this.body = body;
			this.multipartConfig = multipartConfig;
			request.setAttribute(BufferedBody.ATTRIBUTE, body);
		}

		/**
		 * The parts of a multipart body, read from the buffered body (the container would
		 * read them from the connection, which this filter has read to its end already).
		 */
		@Override
		public Collection<Part> getParts() throws IOException, ServletException {
			if (this.parts == null) {
				this.parts = BufferedMultipart.parse(this.body, getContentType(), getCharacterEncoding(),
						this.multipartConfig.get());
			}
			return this.parts;
		}

		@Override
		public Part getPart(String name) throws IOException, ServletException {
			for (Part part : getParts()) {
				if (part.getName().equals(name)) {
					return part;
				}
			}
			return null;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream input = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return input.read();
				}

				@Override
				public int read(byte[] bytes, int offset, int length) {
					return input.read(bytes, offset, length);
				}

				@Override
				public boolean isFinished() {
					return input.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new IllegalStateException("The body has been read already");
				}

			};
		}

		@Override
		public BufferedReader getReader() throws IOException {
			String encoding = (getCharacterEncoding() != null) ? getCharacterEncoding() : StandardCharsets.UTF_8.name();
			return new BufferedReader(new InputStreamReader(getInputStream(), encoding));
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

	}

}
