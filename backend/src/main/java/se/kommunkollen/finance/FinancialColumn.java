package se.kommunkollen.finance;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A column of a financial table: its kind and period as data, so that ordering and
 * "latest outcome" never depend on the order the table prints its columns in.
 */
@Table("financial_column")
public record FinancialColumn(@Id Long id, String statementId, int columnIndex, String label, ColumnKind kind,
		@Column("period_label") String period, String unit, LocalDate periodStart, LocalDate periodEnd,
		DeviationSign deviationSign) {
}
