package se.kommunkollen.web;

import jakarta.servlet.ServletRequest;
import org.jspecify.annotations.Nullable;

/**
 * The body of a request as the transport has read it whole before anything else (see
 * {@code RequestBodyFilter}); it can be read again by whoever needs it.
 */
public final class BufferedBody {

	static final String ATTRIBUTE = BufferedBody.class.getName();

	private BufferedBody() {
	}

	/**
	 * @return the request's body, or null if it had none or was not read whole first
	 */
	public static byte @Nullable [] of(ServletRequest request) {
		return (request.getAttribute(ATTRIBUTE) instanceof byte[] body) ? body : null;
	}

}
