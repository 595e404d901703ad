package se.kommunkollen.finance;

import java.math.BigDecimal;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

import se.kommunkollen.api.Decimals;
import se.kommunkollen.report.Provenance;
import se.kommunkollen.report.Sourced;

/**
 * A financial table of a report.
 *
 * @param unitLine the line of running text that fixes the unit when the table prints
 * none, or null
 */
@Table("financial_statement")
public record FinancialStatement(@Id String id, String reportId, StatementKind kind, String title, String unit,
		String unitName, BigDecimal unitKronor, Integer unitLine, String unitExcerpt, int sortOrder, int lineStart,
		int lineEnd, String excerpt) implements Sourced {

	public BigDecimal unitInKronor() {
		return Decimals.asPrinted(this.unitKronor);
	}

	/** Where the report's own words fix the unit; null when the table prints it. */
	public Provenance unitProvenance() {
		return (this.unitLine != null)
				? new Provenance(this.reportId, this.unitLine, this.unitLine, this.unitExcerpt, null) : null;
	}

}
