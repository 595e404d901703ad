package se.kommunkollen.api.cost;

import java.util.List;
import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.language.Argument;
import graphql.language.SourceLocation;
import graphql.normalized.ExecutableNormalizedField;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;

import org.springframework.data.domain.OffsetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.graphql.data.pagination.CursorStrategy;
import org.springframework.graphql.execution.ErrorType;

import se.kommunkollen.api.Page;

/**
 * Arguments a client got wrong, found before anything runs: a page size out of range, a
 * cursor this API did not give, an id that cannot be one. Each is a BAD_REQUEST error
 * naming the argument and the value.
 */
final class ArgumentChecks {

	/** Ids are at most this long (the database's key columns). */
	static final int MAX_ID_LENGTH = 200;

	private static final int SHOWN_VALUE_LENGTH = 60;

	private final CursorStrategy<ScrollPosition> cursors;

	ArgumentChecks(CursorStrategy<ScrollPosition> cursors) {
		this.cursors = cursors;
	}

	void check(ExecutableNormalizedField field, GraphQLFieldDefinition definition, List<GraphQLError> errors) {
		Map<String, Object> values = field.getResolvedArguments();
		boolean forward = values.get("first") != null || values.get("after") != null;
		boolean backward = values.get("last") != null || values.get("before") != null;
		if (forward && backward) {
			String argument = (values.get("last") != null) ? "last" : "before";
			errors
				.add(error(
						"Page either forward with 'first' and 'after' or backward with 'last' and 'before', not both"
								+ " (got '" + argument + "' with "
								+ ((values.get("first") != null) ? "'first'" : "'after'") + ").",
						argument, location(field, argument)));
			return;
		}
		for (GraphQLArgument argument : definition.getArguments()) {
			Object value = values.get(argument.getName());
			if (value == null) {
				continue;
			}
			SourceLocation location = location(field, argument.getName());
			String problem = problem(argument.getName(), argument.getType(), value, argument.getName());
			if (problem != null) {
				errors.add(error(problem, argument.getName(), location));
			}
		}
	}

	private String problem(String name, GraphQLInputType type, Object value, String path) {
		if (("first".equals(name) || "last".equals(name)) && value instanceof Integer size
				&& (size < 1 || size > Page.MAX_SIZE)) {
			return "Argument '" + name + "' must be between 1 and " + Page.MAX_SIZE + ", was " + size + ".";
		}
		if (("after".equals(name) || "before".equals(name)) && value instanceof String cursor && !isCursor(cursor)) {
			return "Argument '" + name + "' is not a cursor of this list: " + shown(cursor)
					+ ". Use a cursor from the list's edges or pageInfo.";
		}
		GraphQLType unwrapped = (type instanceof GraphQLNonNull nonNull) ? nonNull.getWrappedType() : type;
		if (unwrapped instanceof GraphQLList list && value instanceof List<?> items) {
			for (int i = 0; i < items.size(); i++) {
				if (items.get(i) != null) {
					String problem = problem(name, (GraphQLInputType) list.getWrappedType(), items.get(i),
							path + "[" + i + "]");
					if (problem != null) {
						return problem;
					}
				}
			}
		}
		else if (unwrapped instanceof GraphQLInputObjectType input && value instanceof Map<?, ?> fields) {
			for (GraphQLInputObjectField inputField : input.getFieldDefinitions()) {
				Object fieldValue = fields.get(inputField.getName());
				if (fieldValue != null) {
					String problem = problem(inputField.getName(), inputField.getType(), fieldValue,
							path + "." + inputField.getName());
					if (problem != null) {
						return problem;
					}
				}
			}
		}
		else if (unwrapped instanceof GraphQLScalarType scalar && "ID".equals(scalar.getName())
				&& !isId(value.toString())) {
			return "Argument '" + path + "' is not an id: " + shown(value.toString()) + ". Ids are 1 to "
					+ MAX_ID_LENGTH + " characters without control characters.";
		}
		return null;
	}

	private boolean isCursor(String cursor) {
		try {
			return this.cursors.fromCursor(cursor) instanceof OffsetScrollPosition;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	static boolean isId(String id) {
		return !id.isEmpty() && id.length() <= MAX_ID_LENGTH && id.chars().noneMatch(Character::isISOControl);
	}

	/** The value in quotes, shortened, with control characters escaped. */
	static String shown(String value) {
		StringBuilder shown = new StringBuilder("\"");
		value.codePoints().limit(SHOWN_VALUE_LENGTH).forEach((c) -> {
			if (Character.isISOControl(c)) {
				shown.append(String.format("\\u%04x", c));
			}
			else {
				shown.appendCodePoint(c);
			}
		});
		shown.append('"');
		if (value.codePointCount(0, value.length()) > SHOWN_VALUE_LENGTH) {
			shown.append("…");
		}
		return shown.toString();
	}

	private static SourceLocation location(ExecutableNormalizedField field, String argumentName) {
		for (Argument argument : field.getAstArguments()) {
			if (argument.getName().equals(argumentName)) {
				return argument.getSourceLocation();
			}
		}
		return null;
	}

	private static GraphQLError error(String message, String argument, SourceLocation location) {
		return GraphqlErrorBuilder.newError()
			.message(message)
			.errorType(ErrorType.BAD_REQUEST)
			.location(location)
			.extensions(Map.of("code", "INVALID_ARGUMENT", "argument", argument))
			.build();
	}

}
