package se.kommunkollen.api.execution;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Predicate;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.ExecutionId;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;

/**
 * Runs each GraphQL request on a bounded execution pool and stops it at its time limit. A
 * request is measured first; a heavy one moves to a pool of its own, so that cheap
 * requests never wait behind heavy ones for a thread. At the time limit the client gets
 * an error, and graphql-java's cooperative cancellation ({@link ExecutionInput#cancel()})
 * keeps any further data fetcher (and so any further SQL) from starting. When the web
 * layer cancels a request (its client left) it is cancelled the same way; at the latest
 * it stops at the time limit. Statements already running end by the JDBC query timeout.
 */
public class ExecutionTimeLimit implements WebGraphQlInterceptor {

	private static final Log logger = LogFactory.getLog(ExecutionTimeLimit.class);

	private final Duration timeout;

	private final Scheduler scheduler;

	private final Scheduler heavyScheduler;

	private final Predicate<ExecutionInput> heavy;

	/**
	 * @param scheduler where requests run
	 * @param heavyScheduler where requests run that {@code heavy} picks out
	 * @param heavy whether a request is heavy, decided on {@code scheduler} before it
	 * runs
	 */
	public ExecutionTimeLimit(Duration timeout, Scheduler scheduler, Scheduler heavyScheduler,
			Predicate<ExecutionInput> heavy) {
		this.timeout = timeout;
		this.scheduler = scheduler;
		this.heavyScheduler = heavyScheduler;
		this.heavy = heavy;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		Cancellation cancellation = new Cancellation();
		request.configureExecutionInput((input, builder) -> {
			// every later transform of the input shares its cancel flag
			cancellation.track(input);
			return input;
		});
		Mono<WebGraphQlResponse> lanes = Mono.fromCallable(() -> this.heavy.test(request.toExecutionInput()))
			.flatMap((heavy) -> heavy ? chain.next(request).subscribeOn(this.heavyScheduler) : chain.next(request))
			.subscribeOn(this.scheduler);
		return lanes.timeout(this.timeout, Mono.defer(() -> {
			cancellation.cancel();
			if (logger.isInfoEnabled()) {
				logger.info("GraphQL request " + request.getId() + " stopped at its time limit of " + this.timeout);
			}
			return Mono.just(failed(request, timedOut()));
		}))
			.onErrorResume(RejectedExecutionException.class, (ex) -> Mono.just(failed(request, busy())))
			.doOnCancel(cancellation::cancel);
	}

	private GraphQLError timedOut() {
		return GraphqlErrorBuilder.newError()
			.message("The request took longer than its time limit of " + this.timeout.toMillis()
					+ " ms and was stopped. Ask for less at a time.")
			.errorType(ErrorType.INTERNAL_ERROR)
			.extensions(Map.of("code", "TIMEOUT", "timeoutMillis", this.timeout.toMillis()))
			.build();
	}

	private static GraphQLError busy() {
		return GraphqlErrorBuilder.newError()
			.message("The server is busy; try again in a moment.")
			.errorType(ErrorType.INTERNAL_ERROR)
			.extensions(Map.of("code", "SERVER_BUSY"))
			.build();
	}

	private static WebGraphQlResponse failed(WebGraphQlRequest request, GraphQLError error) {
		ExecutionInput input = ExecutionInput.newExecutionInput()
			.query(Objects.requireNonNullElse(request.getDocument(), ""))
			.executionId(ExecutionId.from(request.getId()))
			.build();
		ExecutionResult result = ExecutionResult.newExecutionResult().addError(error).build();
		return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(input, result));
	}

	/** The execution inputs of one request, cancelled together. */
	private static final class Cancellation {

		private final List<ExecutionInput> inputs = new CopyOnWriteArrayList<>();

		private volatile boolean cancelled;

		void track(ExecutionInput input) {
			this.inputs.add(input);
			if (this.cancelled) {
				input.cancel();
			}
		}

		void cancel() {
			this.cancelled = true;
			this.inputs.forEach(ExecutionInput::cancel);
		}

	}

}
