package se.kommunkollen.api.http;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jspecify.annotations.Nullable;

import org.springframework.web.servlet.function.ServerResponse;

/**
 * An answer that is ready soon is written on the request's own thread: an asynchronous
 * answer costs a second dispatch through every filter, the security chain and the handler
 * mapping, about a fifth of a cheap query's CPU. A request thread waits at most
 * {@link #WAIT} for it, then lets go and the answer is written asynchronously as before,
 * so a slow query holds no request thread, and the execution pool, its queue
 * ({@code SERVER_BUSY}) and the time limit work as they did.
 */
final class QuickAnswer {

	static final Duration WAIT = Duration.ofMillis(200);

	private QuickAnswer() {
	}

	/**
	 * @return the response, written on this thread if it is ready within {@link #WAIT},
	 * otherwise asynchronously (a failure too, as Spring handles it)
	 */
	static ServerResponse of(CompletableFuture<ServerResponse> response) {
		ServerResponse ready = await(response);
		return (ready != null) ? ready : ServerResponse.async(response);
	}

	/**
	 * @return the value if it is there within {@link #WAIT}, otherwise {@code null} (the
	 * future failed, is late, or this thread was interrupted)
	 */
	static <T> @Nullable T await(CompletableFuture<T> future) {
		try {
			return future.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
		catch (ExecutionException | TimeoutException ex) {
			return null;
		}
	}

}
