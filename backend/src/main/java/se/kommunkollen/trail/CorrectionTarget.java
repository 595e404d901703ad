package se.kommunkollen.trail;

/**
 * One value of one record, found for a correction.
 *
 * @param label what the record is, in words ("Mål 21 Enköping är en attraktiv
 * skolkommun")
 * @param currentValue the value served now, as text
 */
record CorrectionTarget(RecordType recordType, String recordId, CorrectableField field, String reportId,
		String municipalityId, String label, String currentValue) {
}
