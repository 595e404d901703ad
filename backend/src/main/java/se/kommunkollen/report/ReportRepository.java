package se.kommunkollen.report;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

public interface ReportRepository extends ListCrudRepository<Report, String> {

	/**
	 * One read needs no transaction (the default opens one: BEGIN and COMMIT per call).
	 */
	@Override
	@Transactional(propagation = Propagation.SUPPORTS)
	Optional<Report> findById(String id);

	List<Report> findByMunicipalityIdInOrderByPeriodEndDescIdAsc(Collection<String> municipalityIds);

	@Query("""
			SELECT * FROM report
			WHERE (CAST(:municipality AS VARCHAR(64)) IS NULL OR municipality_id = :municipality)
			  AND (CAST(:kind AS VARCHAR(30)) IS NULL OR kind = :kind)
			  AND (CAST(:reportYear AS INT) IS NULL OR report_year = :reportYear)
			  AND (CAST(:changedSince AS TIMESTAMP WITH TIME ZONE) IS NULL OR imported_at >= :changedSince)
			ORDER BY report_year DESC, period_end DESC, id
			""")
	List<Report> search(String municipality, String kind, Integer reportYear, OffsetDateTime changedSince);

	/** The reports imported or replaced last, newest first: the feed's entries. */
	@Query("""
			SELECT * FROM report
			WHERE (CAST(:municipality AS VARCHAR(64)) IS NULL OR municipality_id = :municipality)
			ORDER BY imported_at DESC, id
			LIMIT :limit
			""")
	List<Report> latestImported(String municipality, int limit);

}
