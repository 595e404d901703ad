package se.kommunkollen.report;

import java.util.Collection;
import java.util.Map;

/**
 * A part of a report's records that {@link ReportCache} keeps in memory: immutable, read
 * for several reports at once with a fixed number of statements.
 *
 * @param <T> what the part holds for one report
 */
public interface ReportPart<T> {

	/**
	 * Reads the part of each report, with as many statements as there are tables, however
	 * many reports are asked for.
	 * @return one entry per report id asked for, an empty part for a report without rows
	 * (or that does not exist)
	 */
	Map<String, T> load(Collection<String> reportIds);

	/** About how many bytes of heap the part holds, for the cache's bound. */
	long bytes(T part);

}
