package se.kommunkollen.web;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Requests per client to the API ({@code kommunkollen.rate-limit.*}). Static files are
 * not counted.
 *
 * @param enabled whether requests are counted at all
 * @param burst requests a client may make at once
 * @param perMinute requests a client may make per minute, steadily
 * @param trustedProxies addresses or ranges ({@code 10.0.0.0/8}, {@code ::1}) of proxies
 * whose {@code X-Forwarded-For} names the client; from anyone else the header is ignored
 * @param maxClients most clients remembered at once; the least recently seen are
 * forgotten
 * @param maxInFlight requests of one client answered at a time; one more is refused
 */
@ConfigurationProperties("kommunkollen.rate-limit")
public record RateLimitProperties(@DefaultValue("true") boolean enabled, @DefaultValue("300") long burst,
		@DefaultValue("300") long perMinute, @DefaultValue List<String> trustedProxies,
		@DefaultValue("50000") long maxClients, @DefaultValue("4") int maxInFlight) {

}
