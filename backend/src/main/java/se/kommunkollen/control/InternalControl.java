package se.kommunkollen.control;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

import se.kommunkollen.report.Sourced;

/** An internal control point: the risk, the control and its result. */
@Table("internal_control")
public record InternalControl(@Id String id, String reportId, @Column("area_label") String area, String riskTitle,
		String riskDescription, String controlPoint, String frequency, String method,
		@Column("result_level") ControlResult result, String resultLabel, String resultText,
		@Column("action_text") String action, @Column("comment_text") String comment, int sortOrder, int lineStart,
		int lineEnd, String excerpt, Integer statusLine) implements Sourced {
}
