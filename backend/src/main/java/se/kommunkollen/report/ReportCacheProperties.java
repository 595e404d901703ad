package se.kommunkollen.report;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The in-memory cache of report parts ({@code kommunkollen.report-cache.*}).
 *
 * @param maxBytes about how much heap the cached parts may take (estimated per part); the
 * least used are evicted beyond it
 * @param maxLookups how many small answers outside reports ({@link PublishedLookups}:
 * municipality lists, a municipality's reports, which report holds a goal) are held
 */
@ConfigurationProperties("kommunkollen.report-cache")
public record ReportCacheProperties(@DefaultValue("64MB") DataSize maxBytes, @DefaultValue("20000") long maxLookups) {
}
