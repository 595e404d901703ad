package se.kommunkollen.trail;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** Inserts and reads the trail; it has no way to update or delete an entry. */
interface ChangeRepository extends Repository<Change, Long> {

	Change save(Change change);

	List<Change> findByReportIdInOrderById(Collection<String> reportIds);

	/**
	 * The corrections of the records that are in effect: those made since the report's
	 * version was imported (a replacement starts again from the new text).
	 */
	@Query("""
			SELECT c.* FROM trail_change c
			WHERE c.kind = 'CORRECTION' AND c.record_type = :recordType AND c.record_id IN (:recordIds)
			AND c.id > COALESCE((SELECT MAX(i.id) FROM trail_change i
				WHERE i.report_id = c.report_id AND i.kind IN ('IMPORT', 'REPLACEMENT')), 0)
			ORDER BY c.id
			""")
	List<Change> findCorrectionsInEffect(String recordType, Collection<String> recordIds);

	/** The corrections in effect on the financial cells of the reports. */
	@Query("""
			SELECT c.* FROM trail_change c
			WHERE c.kind = 'CORRECTION' AND c.record_type = 'FINANCIAL_CELL' AND c.report_id IN (:reportIds)
			AND c.id > COALESCE((SELECT MAX(i.id) FROM trail_change i
				WHERE i.report_id = c.report_id AND i.kind IN ('IMPORT', 'REPLACEMENT')), 0)
			ORDER BY c.id
			""")
	List<Change> findCellCorrectionsInEffect(Collection<String> reportIds);

	/** Warnings resolved since the report's version was imported. */
	@Query("""
			SELECT c.* FROM trail_change c
			WHERE c.kind = 'WARNING_RESOLVED' AND c.report_id IN (:reportIds)
			AND c.id > COALESCE((SELECT MAX(i.id) FROM trail_change i
				WHERE i.report_id = c.report_id AND i.kind IN ('IMPORT', 'REPLACEMENT')), 0)
			ORDER BY c.id
			""")
	List<Change> findResolutionsInEffect(Collection<String> reportIds);

	@Query("""
			SELECT * FROM trail_change
			WHERE (CAST(:municipality AS VARCHAR(64)) IS NULL OR municipality_id = :municipality)
			AND (CAST(:since AS TIMESTAMP WITH TIME ZONE) IS NULL OR changed_at >= :since)
			ORDER BY id
			LIMIT :limit OFFSET :offset
			""")
	List<Change> search(String municipality, OffsetDateTime since, int limit, long offset);

	@Query("""
			SELECT COUNT(*) FROM trail_change
			WHERE (CAST(:municipality AS VARCHAR(64)) IS NULL OR municipality_id = :municipality)
			AND (CAST(:since AS TIMESTAMP WITH TIME ZONE) IS NULL OR changed_at >= :since)
			""")
	long countMatching(String municipality, OffsetDateTime since);

}
