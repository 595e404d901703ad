package se.kommunkollen.finance;

import java.math.BigDecimal;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

import se.kommunkollen.api.Decimals;
import se.kommunkollen.report.Sourced;

/**
 * A row of a financial table.
 *
 * @param unit a money unit of this row only, overriding the statement's (a key figure in
 * tkr beside a ratio); null when the row has the statement's unit
 * @param isRatio whether the row's figures are a ratio, not amounts
 */
@Table("financial_row")
public record FinancialRow(@Id String id, String reportId, String statementId, int rowIndex, String label,
		String section, boolean isSum, String unit, String unitName, BigDecimal unitKronor, boolean isRatio,
		int lineStart, int lineEnd, String excerpt) implements Sourced {

	public BigDecimal unitInKronor() {
		return Decimals.asPrinted(this.unitKronor);
	}

}
