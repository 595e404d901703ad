package se.kommunkollen.commitment;

/** Prioriterad satsning, riktat uppdrag or inriktning i Mål och budget. */
public enum InitiativeKind {

	PRIORITY, DIRECTED_ASSIGNMENT, BUDGET_DIRECTION

}
