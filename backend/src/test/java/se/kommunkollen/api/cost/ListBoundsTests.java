package se.kommunkollen.api.cost;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import graphql.language.FieldDefinition;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.ObjectTypeDefinition;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every list of objects in the schema has a bound in {@link ListBounds}, and its
 * description states the bound the cost analysis uses.
 */
class ListBoundsTests {

	@Test
	void everyListOfObjectsHasABoundItsDescriptionStates() throws IOException {
		String schema = new ClassPathResource("graphql/schema.graphqls").getContentAsString(StandardCharsets.UTF_8);
		TypeDefinitionRegistry registry = new SchemaParser().parse(schema);
		List<String> problems = new ArrayList<>();
		int lists = 0;
		for (ObjectTypeDefinition type : registry.getTypes(ObjectTypeDefinition.class)) {
			for (FieldDefinition field : type.getFieldDefinitions()) {
				String element = listElement(field.getType());
				if (element == null || registry.getType(element, ObjectTypeDefinition.class).isEmpty()) {
					continue;
				}
				lists++;
				String name = type.getName() + "." + field.getName();
				String description = (field.getDescription() != null) ? field.getDescription().getContent() : "";
				String expected;
				if (field.getName().equals("edges") && type.getName().endsWith("Connection")) {
					expected = "Cost: counts as `first` (or `last`) items.";
				}
				else if (name.equals("Report.sourceLines")) {
					expected = "Cost: counts as `to - from + 1` items.";
				}
				else {
					if (!ListBounds.isListed(type.getName(), field.getName())) {
						problems.add(name + " has no bound in ListBounds");
					}
					expected = "Cost: counts as " + ListBounds.bound(type.getName(), field.getName()) + " items.";
				}
				if (!description.contains(expected)) {
					problems.add(name + " does not say \"" + expected + "\"");
				}
			}
		}
		assertThat(problems).isEmpty();
		assertThat(lists).isGreaterThan(30);
	}

	@Test
	void everyWeightedTextFieldStatesItsWeight() throws IOException {
		String schema = new ClassPathResource("graphql/schema.graphqls").getContentAsString(StandardCharsets.UTF_8);
		TypeDefinitionRegistry registry = new SchemaParser().parse(schema);
		assertThat(ListBounds.textWeights()).isNotEmpty().allSatisfy((name, weight) -> {
			String[] typeAndField = name.split("\\.");
			FieldDefinition field = registry.getType(typeAndField[0], ObjectTypeDefinition.class)
				.orElseThrow()
				.getFieldDefinitions()
				.stream()
				.filter((candidate) -> candidate.getName().equals(typeAndField[1]))
				.findFirst()
				.orElseThrow();
			assertThat(field.getDescription().getContent()).as(name).contains("Cost: " + weight + " per ");
		});
	}

	private static String listElement(Type<?> type) {
		Type<?> nullable = (type instanceof NonNullType nonNull) ? nonNull.getType() : type;
		if (!(nullable instanceof ListType list)) {
			return null;
		}
		Type<?> element = (list.getType() instanceof NonNullType nonNull) ? nonNull.getType() : list.getType();
		return (element instanceof TypeName name) ? name.getName() : null;
	}

}
