package se.kommunkollen.api.http;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Caching of GraphQL answers: by browsers and CDNs over GET, and in this server's memory
 * ({@code kommunkollen.cache.*}).
 *
 * @param maxAge how long browsers and CDNs may reuse an answer without asking again
 * @param staleWhileRevalidate how long after that they may still show it while they
 * revalidate in the background (a {@code 304} when the data has not changed)
 * @param answers most bytes of whole answers kept in memory (see {@link AnswerCache}); 0
 * keeps none
 * @see se.kommunkollen.report.DataVersion for {@code kommunkollen.cache.version-ttl}
 */
@ConfigurationProperties("kommunkollen.cache")
record CacheProperties(@DefaultValue("60s") Duration maxAge, @DefaultValue("10m") Duration staleWhileRevalidate,
		@DefaultValue("32MB") DataSize answers) {
}
