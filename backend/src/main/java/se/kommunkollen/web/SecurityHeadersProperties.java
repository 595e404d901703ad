package se.kommunkollen.web;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Security headers ({@code kommunkollen.security-headers.*}).
 *
 * @param apiOrigins origins besides this server's that the site's pages may call, for a
 * site pointed at another API with {@code <meta name="kk-api">} (e.g.
 * {@code https://api.example.se})
 */
@ConfigurationProperties("kommunkollen.security-headers")
public record SecurityHeadersProperties(@DefaultValue List<String> apiOrigins) {

}
