package se.kommunkollen.trail;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import se.kommunkollen.api.ByKey;
import se.kommunkollen.commitment.Commitment;
import se.kommunkollen.commitment.Initiative;
import se.kommunkollen.control.InternalControl;
import se.kommunkollen.finance.FinancialRow;
import se.kommunkollen.finance.FinancialStatement;
import se.kommunkollen.goal.Area;
import se.kommunkollen.goal.Goal;
import se.kommunkollen.goal.Indicator;
import se.kommunkollen.goal.IndicatorValue;
import se.kommunkollen.report.ImportWarning;

import static java.util.stream.Collectors.groupingBy;

/**
 * What each record served says about its corrections: whether it was corrected and the
 * corrections in effect, one statement per field and type for any number of records.
 */
@Controller
class CorrectedRecordController {

	static final int MAX_RECORD_CORRECTIONS = 20;

	private final ChangeRepository changes;

	CorrectedRecordController(ChangeRepository changes) {
		this.changes = changes;
	}

	@SchemaMapping(typeName = "IndicatorValue", field = "id")
	String indicatorValueId(IndicatorValue value) {
		return CorrectableValues.indicatorValueId(value.indicatorId(), value.sortOrder());
	}

	@BatchMapping(typeName = "Goal", field = "corrections")
	Map<Goal, List<Change>> goalCorrections(List<Goal> goals) {
		return corrections(RecordType.GOAL, goals, Goal::id);
	}

	@BatchMapping(typeName = "Goal", field = "corrected")
	Map<Goal, Boolean> goalCorrected(List<Goal> goals) {
		return corrected(RecordType.GOAL, goals, Goal::id);
	}

	@BatchMapping(typeName = "Area", field = "corrections")
	Map<Area, List<Change>> areaCorrections(List<Area> areas) {
		return corrections(RecordType.AREA, areas, Area::id);
	}

	@BatchMapping(typeName = "Area", field = "corrected")
	Map<Area, Boolean> areaCorrected(List<Area> areas) {
		return corrected(RecordType.AREA, areas, Area::id);
	}

	@BatchMapping(typeName = "Indicator", field = "corrections")
	Map<Indicator, List<Change>> indicatorCorrections(List<Indicator> indicators) {
		return corrections(RecordType.INDICATOR, indicators, Indicator::id);
	}

	@BatchMapping(typeName = "Indicator", field = "corrected")
	Map<Indicator, Boolean> indicatorCorrected(List<Indicator> indicators) {
		return corrected(RecordType.INDICATOR, indicators, Indicator::id);
	}

	@BatchMapping(typeName = "IndicatorValue", field = "corrections")
	Map<IndicatorValue, List<Change>> valueCorrections(List<IndicatorValue> values) {
		return corrections(RecordType.INDICATOR_VALUE, values, this::indicatorValueId);
	}

	@BatchMapping(typeName = "IndicatorValue", field = "corrected")
	Map<IndicatorValue, Boolean> valueCorrected(List<IndicatorValue> values) {
		return corrected(RecordType.INDICATOR_VALUE, values, this::indicatorValueId);
	}

	@BatchMapping(typeName = "Commitment", field = "corrections")
	Map<Commitment, List<Change>> commitmentCorrections(List<Commitment> commitments) {
		return corrections(RecordType.COMMITMENT, commitments, Commitment::id);
	}

	@BatchMapping(typeName = "Commitment", field = "corrected")
	Map<Commitment, Boolean> commitmentCorrected(List<Commitment> commitments) {
		return corrected(RecordType.COMMITMENT, commitments, Commitment::id);
	}

	@BatchMapping(typeName = "Initiative", field = "corrections")
	Map<Initiative, List<Change>> initiativeCorrections(List<Initiative> initiatives) {
		return corrections(RecordType.INITIATIVE, initiatives, Initiative::id);
	}

	@BatchMapping(typeName = "Initiative", field = "corrected")
	Map<Initiative, Boolean> initiativeCorrected(List<Initiative> initiatives) {
		return corrected(RecordType.INITIATIVE, initiatives, Initiative::id);
	}

	@BatchMapping(typeName = "InternalControl", field = "corrections")
	Map<InternalControl, List<Change>> controlCorrections(List<InternalControl> controls) {
		return corrections(RecordType.INTERNAL_CONTROL, controls, InternalControl::id);
	}

	@BatchMapping(typeName = "InternalControl", field = "corrected")
	Map<InternalControl, Boolean> controlCorrected(List<InternalControl> controls) {
		return corrected(RecordType.INTERNAL_CONTROL, controls, InternalControl::id);
	}

	@BatchMapping(typeName = "FinancialStatement", field = "corrections")
	Map<FinancialStatement, List<Change>> statementCorrections(List<FinancialStatement> statements) {
		return corrections(RecordType.FINANCIAL_STATEMENT, statements, FinancialStatement::id);
	}

	@BatchMapping(typeName = "FinancialStatement", field = "corrected")
	Map<FinancialStatement, Boolean> statementCorrected(List<FinancialStatement> statements) {
		return corrected(RecordType.FINANCIAL_STATEMENT, statements, FinancialStatement::id);
	}

	@BatchMapping(typeName = "FinancialRow", field = "corrections")
	Map<FinancialRow, List<Change>> rowCorrections(List<FinancialRow> rows) {
		return cellCorrections(rows);
	}

	@BatchMapping(typeName = "FinancialRow", field = "corrected")
	Map<FinancialRow, Boolean> rowCorrected(List<FinancialRow> rows) {
		return isCorrected(cellCorrections(rows));
	}

	@BatchMapping(typeName = "ImportWarning", field = "resolution")
	Map<ImportWarning, Change> resolution(List<ImportWarning> warnings) {
		Map<String, Change> byWarning = ByKey.index(
				this.changes.findResolutionsInEffect(ByKey.keys(warnings, ImportWarning::reportId)), Change::recordId);
		return ByKey.single(warnings, (warning) -> Long.toString(warning.id()), byWarning);
	}

	private Map<FinancialRow, List<Change>> cellCorrections(List<FinancialRow> rows) {
		Map<String, List<Change>> byRow = this.changes
			.findCellCorrectionsInEffect(ByKey.keys(rows, FinancialRow::reportId))
			.stream()
			.collect(groupingBy((change) -> CorrectableValues.rowOfCell(change.recordId())));
		return ByKey.lists(rows, FinancialRow::id, ChangeController.latest(byRow, MAX_RECORD_CORRECTIONS));
	}

	private <T> Map<T, List<Change>> corrections(RecordType type, List<T> records, Function<T, String> id) {
		return ChangeController.correctionsOf(this.changes, type, records, id);
	}

	private <T> Map<T, Boolean> corrected(RecordType type, List<T> records, Function<T, String> id) {
		return isCorrected(corrections(type, records, id));
	}

	private static <T> Map<T, Boolean> isCorrected(Map<T, List<Change>> corrections) {
		Map<T, Boolean> corrected = new java.util.LinkedHashMap<>();
		corrections.forEach((record, list) -> corrected.put(record, !list.isEmpty()));
		return corrected;
	}

}
