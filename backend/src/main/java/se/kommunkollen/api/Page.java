package se.kommunkollen.api;

import java.util.List;
import java.util.function.BiFunction;

import org.springframework.data.domain.OffsetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.query.ScrollSubrange;

/**
 * One forward page of a connection, by offset: {@code first} rows after the {@code after}
 * cursor. The cursor of a row is its offset in the whole result.
 */
public record Page(long offset, int size) {

	public static final int MAX_SIZE = 100;

	public static final int DEFAULT_SIZE = 20;

	public static Page of(ScrollSubrange subrange) {
		int size = subrange.count().orElse(DEFAULT_SIZE);
		if (size < 1 || size > MAX_SIZE) {
			throw new InvalidArgumentException(
					"Argument 'first' must be between 1 and " + MAX_SIZE + ", was " + size + ".");
		}
		if (!subrange.forward()) {
			throw new InvalidArgumentException("Only forward paging with 'first' and 'after' is supported.");
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
		List<T> rows = query.apply(this.size + 1, this.offset);
		boolean hasNext = rows.size() > this.size;
		List<T> page = hasNext ? rows.subList(0, this.size) : rows;
		return Window.from(page, (index) -> ScrollPosition.offset(this.offset + index), hasNext);
	}

}
