package se.kommunkollen.municipality;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A board, office, department or company of a municipality. */
@Table("organisation")
public record Organisation(@Id String id, String municipalityId, String name, OrganisationKind kind) {
}
