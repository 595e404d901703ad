package se.kommunkollen.api.http;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.util.MultiValueMap;

/**
 * The parameters of a GraphQL request over GET, as the GraphQL-over-HTTP spec names them:
 * {@code query}, {@code operationName}, and {@code variables} and {@code extensions} as
 * JSON objects. The raw texts are kept: they identify the answer in its ETag.
 */
record GetParameters(@Nullable String query, @Nullable String operationName, @Nullable String variablesText,
		@Nullable String extensionsText, @Nullable Map<String, Object> variables,
		@Nullable Map<String, Object> extensions) {

	static GetParameters from(MultiValueMap<String, String> parameters, JsonMapper json) {
		String query = single(parameters, "query");
		String operationName = single(parameters, "operationName");
		String variablesText = single(parameters, "variables");
		String extensionsText = single(parameters, "extensions");
		GetParameters result = new GetParameters((query != null && !query.isBlank()) ? query : null,
				(operationName != null && !operationName.isEmpty()) ? operationName : null, variablesText,
				extensionsText, object(json, "variables", variablesText), object(json, "extensions", extensionsText));
		if (result.query() == null && result.persistedHash() == null) {
			throw new BadRequestException(
					"A GET request needs a 'query' parameter (or a persisted query hash in 'extensions')");
		}
		return result;
	}

	/** The hash of {@code extensions.persistedQuery}, if given. */
	@Nullable String persistedHash() {
		if (this.extensions != null && this.extensions.get("persistedQuery") instanceof Map<?, ?> persisted
				&& persisted.get("sha256Hash") instanceof String hash) {
			return hash;
		}
		return null;
	}

	private static @Nullable String single(MultiValueMap<String, String> parameters, String name) {
		List<String> values = parameters.get(name);
		if (values == null || values.isEmpty()) {
			return null;
		}
		if (values.size() > 1) {
			throw new BadRequestException("The parameter '" + name + "' is given more than once");
		}
		return values.get(0);
	}

	@SuppressWarnings("unchecked")
	private static @Nullable Map<String, Object> object(JsonMapper json, String name, @Nullable String text) {
		if (text == null || text.isEmpty()) {
			return null;
		}
		JsonNode node;
		try {
			node = json.readTree(text);
		}
		catch (JacksonException ex) {
			throw new BadRequestException("The parameter '" + name + "' is not valid JSON");
		}
		if (node == null || node.isNull() || node.isMissingNode()) {
			return null;
		}
		if (!node.isObject()) {
			throw new BadRequestException("The parameter '" + name + "' must be a JSON object");
		}
		return json.treeToValue(node, Map.class);
	}

	static final class BadRequestException extends RuntimeException {

		BadRequestException(String message) {
			super(message);
		}

	}

}
