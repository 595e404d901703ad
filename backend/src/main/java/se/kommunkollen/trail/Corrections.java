package se.kommunkollen.trail;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import se.kommunkollen.api.InvalidArgumentException;
import se.kommunkollen.report.DataVersion;

/**
 * Corrections of values read from reports and resolutions of import warnings, each with a
 * reason, recorded in the public trail in the transaction that makes them. The data
 * version rises with each, so every cache and the search index serve the new value at
 * once.
 */
@Service
public class Corrections {

	private final CorrectableValues values;

	private final ChangeTrail trail;

	private final ChangeRepository changes;

	private final DataVersion dataVersion;

	private final TransactionTemplate transaction;

	private final JdbcClient jdbc;

	Corrections(CorrectableValues values, ChangeTrail trail, ChangeRepository changes, DataVersion dataVersion,
			TransactionTemplate transaction, JdbcClient jdbc) {
		this.values = values;
		this.trail = trail;
		this.changes = changes;
		this.dataVersion = dataVersion;
		this.transaction = transaction;
		this.jdbc = jdbc;
	}

	/**
	 * Corrects one value.
	 * @param actorFor who may act for the record's municipality: throws when the caller
	 * may not, which leaves everything unchanged
	 * @throws InvalidArgumentException naming the argument (recordId, field, value,
	 * reason) that is wrong; nothing changes then
	 */
	public Change correct(Correction correction, Function<String, Actor> actorFor) {
		return this.transaction.execute((status) -> {
			// Taken first: corrections and imports wait for each other here.
			this.dataVersion.changed();
			CorrectionTarget target = this.values.find(correction.recordType(), correction.recordId(),
					correction.field());
			Actor actor = actorFor.apply(target.municipalityId());
			String reason = checkReason(correction.reason());
			String value = this.values.check(target, correction.value());
			if (value.equals(target.currentValue())) {
				throw new InvalidArgumentException(
						"Argument 'value': " + target.field() + " is '" + value + "' already; nothing to correct.");
			}
			this.values.write(target, value);
			String printed = earlierPrintedValue(target).orElse(target.printedValue());
			return this.trail.recordCorrection(actor, target, value, printed, reason);
		});
	}

	/**
	 * Marks an import warning of a report's current version as dealt with.
	 * @throws InvalidArgumentException naming {@code id} for an unknown or already
	 * resolved warning, or {@code reason}; nothing changes then
	 */
	public Change resolveWarning(String warningId, String reason, Function<String, Actor> actorFor) {
		return this.transaction.execute((status) -> {
			this.dataVersion.changed();
			long id = parseWarningId(warningId);
			Warning warning = this.jdbc.sql("""
					SELECT w.report_id, r.municipality_id, w.code, w.message, w.line_number
					FROM import_warning w JOIN report r ON r.id = w.report_id WHERE w.id = :id
					""")
				.param("id", id)
				.query((row, number) -> new Warning(row.getString("report_id"), row.getString("municipality_id"),
						row.getString("code"), row.getString("message"), (Integer) row.getObject("line_number")))
				.optional()
				.orElseThrow(() -> new InvalidArgumentException(
						"Argument 'id': there is no import warning with id '" + warningId + "'."));
			Actor actor = actorFor.apply(warning.municipalityId());
			String checkedReason = checkReason(reason);
			boolean resolved = this.changes.findResolutionsInEffect(List.of(warning.reportId()))
				.stream()
				.anyMatch((change) -> Long.toString(id).equals(change.recordId()));
			if (resolved) {
				throw new InvalidArgumentException("Argument 'id': import warning " + id + " is resolved already.");
			}
			return this.trail.recordResolution(actor, warning.municipalityId(), warning.reportId(), id, warning.label(),
					checkedReason);
		});
	}

	private record Warning(String reportId, String municipalityId, String code, String message, Integer line) {

		String label() {
			return ((this.line != null) ? "rad " + this.line + ": " : "") + this.code + " " + this.message;
		}

	}

	private static long parseWarningId(String id) {
		try {
			return Long.parseLong(Objects.requireNonNullElse(id, ""));
		}
		catch (NumberFormatException ex) {
			throw new InvalidArgumentException("Argument 'id': '" + id + "' is not an import warning's id.");
		}
	}

	private static String checkReason(String reason) {
		String text = (reason != null) ? reason.strip() : "";
		if (text.isEmpty()) {
			throw new InvalidArgumentException("Argument 'reason' must not be blank: say why the change is made.");
		}
		if (text.length() > 2000) {
			throw new InvalidArgumentException("Argument 'reason' may hold at most 2000 characters.");
		}
		return text;
	}

	/** The printed value an earlier correction in effect kept, if the field has one. */
	private java.util.Optional<String> earlierPrintedValue(CorrectionTarget target) {
		return this.changes.findCorrectionsInEffect(target.recordType().name(), List.of(target.recordId()))
			.stream()
			.filter((change) -> target.field().name().equals(change.field()))
			.map(Change::printedValue)
			.findFirst();
	}

}
