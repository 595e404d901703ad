package se.kommunkollen.finance;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

@Table("financial_column")
public record FinancialColumn(@Id Long id, String statementId, int columnIndex, String label, ColumnKind kind,
		@Column("period_label") String period, String unit) {
}
