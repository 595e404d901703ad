package se.kommunkollen.api.http;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Automatic persisted queries ({@code kommunkollen.apq.*}).
 *
 * @param maxBytes most query text (with hashes) the store keeps; the least used queries
 * are evicted beyond it
 */
@ConfigurationProperties("kommunkollen.apq")
record ApqProperties(@DefaultValue("4MB") DataSize maxBytes) {
}
