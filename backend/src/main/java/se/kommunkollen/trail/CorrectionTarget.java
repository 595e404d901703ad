package se.kommunkollen.trail;

/**
 * One value of one record, found for a correction.
 *
 * @param label what the record is, in words ("Enköping är en attraktiv skolkommun")
 * @param currentValue the value served now, as text
 * @param printedValue the value as the report printed it, where the record keeps it apart
 * (the printed cell of a figure); otherwise the value served now
 */
record CorrectionTarget(RecordType recordType, String recordId, CorrectableField field, String reportId,
		String municipalityId, String label, String currentValue, String printedValue) {
}
