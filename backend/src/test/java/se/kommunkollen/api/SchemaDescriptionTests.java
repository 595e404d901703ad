package se.kommunkollen.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import graphql.language.Description;
import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.language.TypeDefinition;
import graphql.language.UnionTypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GraphiQL's documentation panel shows the schema's descriptions: every type, field,
 * argument, enum value and input field has one.
 */
class SchemaDescriptionTests {

	@Test
	void everyTypeFieldArgumentEnumValueAndInputFieldIsDescribed() throws IOException {
		String schema = new ClassPathResource("graphql/schema.graphqls").getContentAsString(StandardCharsets.UTF_8);
		TypeDefinitionRegistry registry = new SchemaParser().parse(schema);
		List<String> undescribed = new ArrayList<>();
		int described = 0;
		for (TypeDefinition<?> type : registry.types().values()) {
			described += check(type.getName(), descriptionOf(type), undescribed);
			if (type instanceof ObjectTypeDefinition object) {
				for (FieldDefinition field : object.getFieldDefinitions()) {
					String name = type.getName() + "." + field.getName();
					described += check(name, field.getDescription(), undescribed);
					for (InputValueDefinition argument : field.getInputValueDefinitions()) {
						described += check(name + "(" + argument.getName() + ")", argument.getDescription(),
								undescribed);
					}
				}
			}
			else if (type instanceof EnumTypeDefinition enumType) {
				for (var value : enumType.getEnumValueDefinitions()) {
					described += check(type.getName() + "." + value.getName(), value.getDescription(), undescribed);
				}
			}
			else if (type instanceof InputObjectTypeDefinition input) {
				for (InputValueDefinition field : input.getInputValueDefinitions()) {
					described += check(type.getName() + "." + field.getName(), field.getDescription(), undescribed);
				}
			}
		}
		for (ScalarTypeDefinition scalar : registry.scalars().values()) {
			if (schema.contains("scalar " + scalar.getName())) {
				described += check(scalar.getName(), scalar.getDescription(), undescribed);
			}
		}
		assertThat(undescribed).as("without a description (%d described)", described).isEmpty();
		assertThat(described).isGreaterThan(300);
	}

	private static Description descriptionOf(TypeDefinition<?> type) {
		if (type instanceof ObjectTypeDefinition object) {
			return object.getDescription();
		}
		if (type instanceof EnumTypeDefinition enumType) {
			return enumType.getDescription();
		}
		if (type instanceof InputObjectTypeDefinition input) {
			return input.getDescription();
		}
		if (type instanceof UnionTypeDefinition union) {
			return union.getDescription();
		}
		if (type instanceof InterfaceTypeDefinition anInterface) {
			return anInterface.getDescription();
		}
		return null;
	}

	private static int check(String name, Description description, List<String> undescribed) {
		if (description == null || description.getContent().isBlank()) {
			undescribed.add(name);
			return 0;
		}
		return 1;
	}

}
