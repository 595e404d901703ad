package se.kommunkollen.commitment;

/** A responsible body as printed and the id of the organisation it names, if known. */
public record ResponsibleBody(String label, String organisationId) {
}
