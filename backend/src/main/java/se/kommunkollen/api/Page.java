package se.kommunkollen.api;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.LongSupplier;

import org.springframework.data.domain.OffsetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.query.ScrollSubrange;

/**
 * One page of a connection, by offset. The cursor of a row is its offset in the whole
 * result. Forward: {@code first} rows after the {@code after} cursor. Backward:
 * {@code last} rows before the {@code before} cursor (Spring turns that into a forward
 * range), or the last {@code last} rows of the list, which needs its length.
 */
public record Page(long offset, int size) {

	public static final int MAX_SIZE = 100;

	public static final int DEFAULT_SIZE = 20;

	/**
	 * @param total the number of rows in the whole list, asked only for {@code last}
	 * without {@code before}
	 */
	public static Page of(ScrollSubrange subrange, LongSupplier total) {
		int size = subrange.count().orElse(DEFAULT_SIZE);
		// 0 only when Spring turned "before the first row" into a forward range
		if (size < 0 || size > MAX_SIZE) {
			String argument = subrange.forward() ? "first" : "last";
			throw new InvalidArgumentException(
					"Argument '" + argument + "' must be between 1 and " + MAX_SIZE + ", was " + size + ".");
		}
		if (!subrange.forward()) {
			long offset = Math.max(0, total.getAsLong() - size);
			return new Page(offset, size);
		}
		long offset = subrange.position().map(Page::startAfter).orElse(0L);
		return new Page(offset, size);
	}

	private static long startAfter(ScrollPosition position) {
		if (!(position instanceof OffsetScrollPosition offsetPosition)) {
			throw new InvalidArgumentException("Argument 'after' is not a cursor of this list.");
		}
		return offsetPosition.isInitial() ? 0 : offsetPosition.getOffset() + 1;
	}

	/**
	 * Fetches one row more than the page holds, to know whether there is a next page.
	 * @param query called with (limit, offset)
	 */
	public <T> Window<T> fetch(BiFunction<Integer, Long, List<T>> query) {
		if (this.size == 0) {
			return Window.from(List.of(), (index) -> ScrollPosition.offset(this.offset + index), true);
		}
		List<T> rows = query.apply(this.size + 1, this.offset);
		boolean hasNext = rows.size() > this.size;
		List<T> page = hasNext ? rows.subList(0, this.size) : rows;
		return Window.from(page, (index) -> ScrollPosition.offset(this.offset + index), hasNext);
	}

}
