package se.kommunkollen.finance;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * The latest outcome of a table by its columns' periods, never by their order: the
 * OUTCOME column whose period ends last; among equal ends the one with the longer period
 * ("helår 2022" before "dec 2022" when both end on 31 December), then the first printed.
 * A table with a single outcome column and no period has that column; several outcome
 * columns without periods have none, since nothing tells which is the latest.
 */
public final class LatestOutcome {

	private LatestOutcome() {
	}

	/**
	 * @return the column's index, or null when none can be told
	 */
	public static <T> Integer indexOf(List<T> columns, Function<T, ColumnKind> kind, Function<T, LocalDate> start,
			Function<T, LocalDate> end) {
		Integer best = null;
		Integer only = null;
		int outcomes = 0;
		for (int i = 0; i < columns.size(); i++) {
			if (kind.apply(columns.get(i)) == ColumnKind.OUTCOME) {
				outcomes++;
				only = i;
			}
		}
		for (int i = 0; i < columns.size(); i++) {
			T column = columns.get(i);
			if (kind.apply(column) != ColumnKind.OUTCOME || end.apply(column) == null) {
				continue;
			}
			if (best == null || later(column, columns.get(best), start, end)) {
				best = i;
			}
		}
		return (best == null && outcomes == 1) ? only : best;
	}

	private static <T> boolean later(T column, T than, Function<T, LocalDate> start, Function<T, LocalDate> end) {
		int byEnd = end.apply(column).compareTo(end.apply(than));
		if (byEnd != 0) {
			return byEnd > 0;
		}
		LocalDate from = start.apply(column);
		LocalDate thanFrom = start.apply(than);
		return from != null && (thanFrom == null || from.isBefore(thanFrom));
	}

}
