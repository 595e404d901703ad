package se.kommunkollen.finance;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * The latest outcome of a table by its columns' periods, never by their order: the
 * OUTCOME column whose period ends last; among equal ends the one with the longer period
 * ("helår 2022" before "dec 2022" when both end on 31 December), then the first printed.
 */
public final class LatestOutcome {

	private LatestOutcome() {
	}

	/**
	 * @return the column's index, or null when no outcome column has a period
	 */
	public static <T> Integer indexOf(List<T> columns, Function<T, ColumnKind> kind, Function<T, LocalDate> start,
			Function<T, LocalDate> end) {
		Integer best = null;
		for (int i = 0; i < columns.size(); i++) {
			T column = columns.get(i);
			if (kind.apply(column) != ColumnKind.OUTCOME || end.apply(column) == null) {
				continue;
			}
			if (best == null || later(column, columns.get(best), start, end)) {
				best = i;
			}
		}
		return best;
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
