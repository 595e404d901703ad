package se.kommunkollen.draft;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import se.kommunkollen.account.CurrentEditor;
import se.kommunkollen.account.Editor;
import se.kommunkollen.importer.ImportResult;
import se.kommunkollen.importer.ReadReport;
import se.kommunkollen.trail.Actor;

/**
 * The editors' upload, preview and publishing of report files over HTTP. Each editor sees
 * and acts on the drafts of their own municipality only; a file that reads as another
 * municipality is refused before anything is stored.
 */
@RestController
@RequestMapping(path = "/api/reports", produces = MediaType.APPLICATION_JSON_VALUE)
class ReportDraftController {

	/** Longest file name kept (the column holds 300 characters). */
	static final int MAX_FILE_NAME_LENGTH = 200;

	private final ReportDrafts drafts;

	private final CurrentEditor editors;

	ReportDraftController(ReportDrafts drafts, CurrentEditor editors) {
		this.drafts = drafts;
		this.editors = editors;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<DraftSummary> upload(@RequestParam("file") MultipartFile file) throws IOException {
		Editor editor = this.editors.require();
		String fileName = fileName(file);
		byte[] content = file.getBytes();
		ReadReport read = this.drafts.read(fileName, content);
		this.editors.requireMunicipality(read.municipalityId());
		DraftSummary draft = this.drafts.create(read, content, editor.accountId());
		return ResponseEntity.created(URI.create(draft.url())).body(draft);
	}

	@GetMapping
	List<DraftListItem> list(@RequestParam(name = "state", required = false) DraftState state,
			@RequestParam(name = "municipality", required = false) String municipality) {
		Editor editor = this.editors.require();
		String municipalityId = (municipality != null) ? municipality : editor.municipalityId();
		this.editors.requireMunicipality(municipalityId);
		return this.drafts.list(municipalityId, Optional.ofNullable(state)).stream().map(DraftListItem::of).toList();
	}

	@GetMapping("/{draftId}")
	DraftPreview preview(@PathVariable String draftId) {
		return this.drafts.preview(ownDraft(draftId));
	}

	@PostMapping("/{draftId}/publish")
	PublishedDraft publish(@PathVariable String draftId) {
		ReportDraft draft = ownDraft(draftId);
		Editor editor = this.editors.require();
		ImportResult result = this.drafts.publish(draft.id(),
				new Actor(editor.role(), editor.municipalityId(), editor.accountId()));
		return PublishedDraft.of(this.drafts.get(draft.id()), result);
	}

	@DeleteMapping("/{draftId}")
	DraftListItem discard(@PathVariable String draftId) {
		ReportDraft draft = ownDraft(draftId);
		this.drafts.discard(draft.id(), this.editors.require().accountId());
		return DraftListItem.of(this.drafts.get(draft.id()));
	}

	@PostMapping("/{draftId}/discard")
	DraftListItem discardByPost(@PathVariable String draftId) {
		return discard(draftId);
	}

	private ReportDraft ownDraft(String draftId) {
		this.editors.require();
		ReportDraft draft = this.drafts.get(draftId);
		this.editors.requireMunicipality(draft.municipalityId());
		return draft;
	}

	private static String fileName(MultipartFile file) {
		String name = file.getOriginalFilename();
		if (name == null || name.isBlank()) {
			throw new UploadException(HttpStatus.BAD_REQUEST, "FILE_NAME_MISSING",
					"The multipart field 'file' must be a file with a name.");
		}
		String withoutDirectories = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		if (withoutDirectories.isBlank() || withoutDirectories.length() > MAX_FILE_NAME_LENGTH) {
			throw new UploadException(HttpStatus.BAD_REQUEST, "FILE_NAME_INVALID",
					"The file name must have 1 to " + MAX_FILE_NAME_LENGTH + " characters.");
		}
		return withoutDirectories;
	}

}
