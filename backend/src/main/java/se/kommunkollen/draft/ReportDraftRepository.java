package se.kommunkollen.draft;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface ReportDraftRepository extends ListCrudRepository<ReportDraft, String> {

	List<ReportDraft> findByMunicipalityIdAndStateOrderByUploadedAtDescIdAsc(String municipalityId, DraftState state);

	List<ReportDraft> findByMunicipalityIdOrderByUploadedAtDescIdAsc(String municipalityId);

}
