package se.kommunkollen.api;

import java.math.BigDecimal;

/**
 * Exact amounts as stored (NUMERIC(24,6)) shown without the padding zeros of the column's
 * scale.
 */
public final class Decimals {

	private Decimals() {
	}

	public static BigDecimal asPrinted(BigDecimal stored) {
		if (stored == null) {
			return null;
		}
		BigDecimal stripped = stored.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

}
