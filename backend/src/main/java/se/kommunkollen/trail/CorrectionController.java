package se.kommunkollen.trail;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

import se.kommunkollen.account.CurrentEditor;

/**
 * The editors' mutations. Whoever is not signed in is refused before anything is read
 * (UNAUTHORIZED); an editor of another municipality than the record's is refused too
 * (FORBIDDEN). Either way nothing changes.
 */
@Controller
class CorrectionController {

	private final Corrections corrections;

	private final CurrentEditor currentEditor;

	CorrectionController(Corrections corrections, CurrentEditor currentEditor) {
		this.corrections = corrections;
		this.currentEditor = currentEditor;
	}

	@MutationMapping
	Change correct(@Argument Correction input) {
		this.currentEditor.require();
		return this.corrections.correct(input,
				(municipality) -> Actor.of(this.currentEditor.requireMunicipality(municipality)));
	}

	@MutationMapping
	Change resolveImportWarning(@Argument String id, @Argument String reason) {
		this.currentEditor.require();
		return this.corrections.resolveWarning(id, reason,
				(municipality) -> Actor.of(this.currentEditor.requireMunicipality(municipality)));
	}

}
