package se.kommunkollen.report;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/**
 * Estimates the heap a cached part takes, close enough to bound a cache by bytes: object
 * headers and references, strings by their length, other values by a fixed size.
 */
public final class RecordSizes {

	private static final int OBJECT = 16;

	private static final int REFERENCE = 8;

	private static final int BOXED = 24;

	private RecordSizes() {
	}

	/** Records and the values they hold (not the records they refer to). */
	public static long of(Collection<? extends Record> records) {
		long bytes = OBJECT + (long) REFERENCE * records.size();
		for (Record record : records) {
			bytes += of(record);
		}
		return bytes;
	}

	/**
	 * The lists of a map from keys to lists (the keys are taken to be shared strings).
	 */
	public static long ofLists(Map<?, ? extends Collection<? extends Record>> lists) {
		long bytes = OBJECT;
		for (Collection<? extends Record> list : lists.values()) {
			bytes += 3 * REFERENCE + of(list);
		}
		return bytes;
	}

	static long of(Record record) {
		RecordComponent[] components = record.getClass().getRecordComponents();
		long bytes = OBJECT + (long) REFERENCE * components.length;
		for (RecordComponent component : components) {
			if (component.getType().isPrimitive()) {
				continue;
			}
			bytes += valueSize(value(record, component));
		}
		return bytes;
	}

	private static long valueSize(Object value) {
		if (value == null || value instanceof Enum<?>) {
			return 0;
		}
		if (value instanceof String text) {
			return OBJECT + 24 + text.length();
		}
		if (value instanceof BigDecimal) {
			return 2 * BOXED;
		}
		return BOXED;
	}

	private static Object value(Record record, RecordComponent component) {
		try {
			return component.getAccessor().invoke(record);
		}
		catch (IllegalAccessException | InvocationTargetException ex) {
			throw new IllegalStateException("Cannot read " + component + " of " + record.getClass(), ex);
		}
	}

}
