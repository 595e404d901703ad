package se.kommunkollen.api;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Turns argument errors into BAD_REQUEST errors that say what was wrong. Anything else
 * stays Spring's INTERNAL_ERROR, which shows no stack trace or SQL.
 */
@Component
public class ApiExceptionResolver extends DataFetcherExceptionResolverAdapter {

	@Override
	protected GraphQLError resolveToSingleError(Throwable exception, DataFetchingEnvironment environment) {
		if (exception instanceof InvalidArgumentException) {
			return GraphqlErrorBuilder.newError(environment)
				.errorType(ErrorType.BAD_REQUEST)
				.message(exception.getMessage())
				.build();
		}
		return null;
	}

}
