package se.kommunkollen.trail;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import se.kommunkollen.report.ImportRun;

/**
 * Records changes to reports in the public trail, in the transaction that makes them.
 */
@Component
public class ChangeTrail {

	private final ChangeRepository changes;

	private final Clock clock;

	ChangeTrail(ChangeRepository changes, Optional<Clock> clock) {
		this.changes = changes;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/**
	 * Records that a report was imported ({@code previousCounts} null) or replaced.
	 * @param reason why, where the change was not an editor's or the command's own choice
	 * (a reread by a newer importer); null otherwise
	 */
	public Change recordImport(Actor actor, String municipalityId, String reportId, String fileName, String checksum,
			Map<String, Integer> counts, Map<String, Integer> previousCounts, String reason) {
		ChangeKind kind = (previousCounts != null) ? ChangeKind.REPLACEMENT : ChangeKind.IMPORT;
		return save(new Change(null, kind, now(), actor.role(), actor.municipalityId(), actor.accountId(),
				municipalityId, reportId, null, null, null, null, null, null, null, reason, fileName, checksum,
				ImportRun.formatCounts(counts),
				(previousCounts != null) ? ImportRun.formatCounts(previousCounts) : null));
	}

	Change recordCorrection(Actor actor, CorrectionTarget target, String newValue, String printedValue, String reason) {
		return save(new Change(null, ChangeKind.CORRECTION, now(), actor.role(), actor.municipalityId(),
				actor.accountId(), target.municipalityId(), target.reportId(), target.recordType().name(),
				target.recordId(), target.label(), target.field().name(), target.currentValue(), newValue, printedValue,
				reason, null, null, null, null));
	}

	Change recordResolution(Actor actor, String municipalityId, String reportId, long warningId, String label,
			String reason) {
		return save(new Change(null, ChangeKind.WARNING_RESOLVED, now(), actor.role(), actor.municipalityId(),
				actor.accountId(), municipalityId, reportId, RecordType.IMPORT_WARNING.name(), Long.toString(warningId),
				label, null, null, null, null, reason, null, null, null, null));
	}

	private Change save(Change change) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("A change is recorded in the transaction that makes it");
		}
		return this.changes.save(change);
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock);
	}

}
