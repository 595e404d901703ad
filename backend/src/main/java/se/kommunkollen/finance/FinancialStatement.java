package se.kommunkollen.finance;

import java.math.BigDecimal;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

import se.kommunkollen.api.Decimals;
import se.kommunkollen.report.Sourced;

/** A financial table of a report. */
@Table("financial_statement")
public record FinancialStatement(@Id String id, String reportId, StatementKind kind, String title, String unit,
		String unitName, BigDecimal unitKronor, int sortOrder, int lineStart, int lineEnd,
		String excerpt) implements Sourced {

	public BigDecimal unitInKronor() {
		return Decimals.asPrinted(this.unitKronor);
	}

}
