package se.kommunkollen.finance;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

import se.kommunkollen.report.Sourced;

@Table("financial_row")
public record FinancialRow(@Id String id, String reportId, String statementId, int rowIndex, String label,
		String section, boolean isSum, int lineStart, int lineEnd, String excerpt) implements Sourced {
}
