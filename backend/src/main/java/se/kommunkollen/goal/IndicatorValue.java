package se.kommunkollen.goal;

import java.math.BigDecimal;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

import se.kommunkollen.api.Decimals;

@Table("indicator_value")
public record IndicatorValue(@Id Long id, String indicatorId, IndicatorValueKind kind,
		@Column("period_label") String period, @Column("period_year") Integer year, BigDecimal amount, String printed,
		int sortOrder) {

	/** The value as printed, without the database's trailing zeros. */
	public BigDecimal value() {
		return Decimals.asPrinted(this.amount);
	}

}
