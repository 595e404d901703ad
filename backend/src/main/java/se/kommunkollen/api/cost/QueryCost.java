package se.kommunkollen.api.cost;

import java.util.ArrayList;
import java.util.List;

import graphql.GraphQLError;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * The cost and depth of one operation, read from its normalized form, where every
 * fragment spread is expanded in place: each object the answer can hold costs 1, a list
 * field counts as many objects as it can return ({@link ListBounds}) times the objects
 * its parent can be, and scalar and enum fields cost nothing except long text
 * ({@link ListBounds#textWeight}), which costs its weight per object. Introspection
 * ({@code __schema}, {@code __type}, {@code __typename}) costs nothing and has no depth
 * here: graphql-java's good-faith check bounds it.
 *
 * @param cost the most objects the answer can hold (saturates at {@link Long#MAX_VALUE})
 * @param depth the deepest nesting of fields outside introspection
 * @param errors arguments the client got wrong
 */
public record QueryCost(long cost, int depth, List<GraphQLError> errors) {

	static QueryCost of(ExecutableNormalizedOperation operation, GraphQLSchema schema, ArgumentChecks checks) {
		Walk walk = new Walk(schema, checks);
		for (ExecutableNormalizedField field : operation.getTopLevelFields()) {
			walk.visit(field, 1);
		}
		return new QueryCost(walk.cost, walk.depth, walk.errors);
	}

	private static final class Walk {

		private final GraphQLSchema schema;

		private final ArgumentChecks checks;

		private final List<GraphQLError> errors = new ArrayList<>(0);

		private long cost;

		private int depth;

		Walk(GraphQLSchema schema, ArgumentChecks checks) {
			this.schema = schema;
			this.checks = checks;
		}

		void visit(ExecutableNormalizedField field, long parentObjects) {
			if (field.getFieldName().startsWith("__")) {
				return;
			}
			this.depth = Math.max(this.depth, field.getLevel());
			String typeName = field.getObjectTypeNames().iterator().next();
			GraphQLFieldDefinition definition = ((GraphQLObjectType) this.schema.getType(typeName))
				.getField(field.getFieldName());
			if (!definition.getArguments().isEmpty()) {
				this.checks.check(field, definition, this.errors);
			}
			GraphQLType type = definition.getType();
			if (!(GraphQLTypeUtil.unwrapAll(type) instanceof GraphQLObjectType)) {
				this.cost = plus(this.cost,
						times(parentObjects, ListBounds.textWeight(typeName, field.getFieldName())));
				return;
			}
			GraphQLType nullable = (type instanceof GraphQLNonNull nonNull) ? nonNull.getWrappedType() : type;
			long objects = (nullable instanceof GraphQLList) ? times(parentObjects, ListBounds.items(typeName, field))
					: parentObjects;
			this.cost = plus(this.cost, objects);
			for (ExecutableNormalizedField child : field.getChildren()) {
				visit(child, objects);
			}
		}

		private static long times(long a, long b) {
			return (Math.multiplyHigh(a, b) != 0 || a * b < 0) ? Long.MAX_VALUE : a * b;
		}

		private static long plus(long a, long b) {
			long sum = a + b;
			return (sum < 0) ? Long.MAX_VALUE : sum;
		}

	}

}
