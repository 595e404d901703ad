package se.kommunkollen.web;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on request bodies ({@code kommunkollen.transport.*}), for every path the server
 * answers.
 *
 * @param maxBodySize largest request body accepted on any path
 * @param maxBodySizeByPath larger limits for the paths under a prefix (the decoded,
 * normalised path, e.g. {@code [/upload]=20MB} for a later upload feature)
 * @param bodyReadTimeout longest a client may take to send its whole body
 */
@ConfigurationProperties("kommunkollen.transport")
public record TransportProperties(@DefaultValue("32KB") DataSize maxBodySize,
		@DefaultValue Map<String, DataSize> maxBodySizeByPath, @DefaultValue("10s") Duration bodyReadTimeout) {

	long maxBodyBytes(String path) {
		return this.maxBodySizeByPath.entrySet()
			.stream()
			.filter((entry) -> path.equals(entry.getKey()) || path.startsWith(withSlash(entry.getKey())))
			.mapToLong((entry) -> entry.getValue().toBytes())
			.max()
			.orElse(this.maxBodySize.toBytes());
	}

	private static String withSlash(String prefix) {
		return prefix.endsWith("/") ? prefix : prefix + "/";
	}

}
