package se.kommunkollen.finance;

import java.math.BigDecimal;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One cell of a row; a row has one cell per column, empty cells with null amounts.
 *
 * @param scale decimals as printed ("237,2" has 1), kept apart from the amount because H2
 * and PostgreSQL return NUMERIC values with different scales; null for an empty cell
 */
@Table("financial_cell")
public record FinancialCell(@Id Long id, String rowId, int columnIndex, BigDecimal amount, BigDecimal amountKronor,
		String printed, Integer scale) {
}
