package se.kommunkollen.municipality;

/**
 * Board (styrelse, nämnd), office (förvaltning, kontor), department, company or other.
 */
public enum OrganisationKind {

	BOARD, OFFICE, DEPARTMENT, COMPANY, OTHER

}
