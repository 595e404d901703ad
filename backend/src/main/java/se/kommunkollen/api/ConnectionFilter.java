package se.kommunkollen.api;

import graphql.execution.ExecutionStepInfo;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.core.ResolvableType;
import org.springframework.graphql.data.GraphQlArgumentBinder;
import org.springframework.validation.BindException;

/**
 * The {@code filter} argument of the list field a connection's own field (such as
 * {@code totalCount}) belongs to: the connection object Spring builds from a
 * {@link org.springframework.data.domain.Window} does not carry it.
 */
public final class ConnectionFilter {

	private static final GraphQlArgumentBinder binder = new GraphQlArgumentBinder();

	private ConnectionFilter() {
	}

	public static <T> T of(DataFetchingEnvironment environment, Class<T> type, T none) {
		ExecutionStepInfo connection = environment.getExecutionStepInfo().getParent();
		Object raw = (connection != null) ? connection.getArguments().get("filter") : null;
		if (raw == null) {
			return none;
		}
		try {
			return type.cast(binder.bind(raw, false, ResolvableType.forClass(type)));
		}
		catch (BindException ex) {
			// the list field bound the same value a moment ago, so this cannot be the
			// client's error
			throw new IllegalStateException("Filter of " + connection.getPath() + " could not be read again", ex);
		}
	}

}
