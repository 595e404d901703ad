package se.kommunkollen.trail;

/**
 * A correction asked for: the new value of one field of one record, and why.
 *
 * @param recordId the record's id as the API gives it; for an indicator's value
 * {@code <indicator id>.value-<position>} and for a financial cell
 * {@code <row id>.column-<column index>} (both as {@code IndicatorValue.id} and
 * {@code FinancialRow.id} give them)
 * @param value the new value as text: a Swedish decimal for a figure ("1 234,5"), an enum
 * value for a status ("GOOD"), the text itself otherwise
 */
public record Correction(RecordType recordType, String recordId, CorrectableField field, String value, String reason) {
}
