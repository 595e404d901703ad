package se.kommunkollen.municipality;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A short code used for an organisation in the reports ("KS"). */
@Table("organisation_alias")
public record OrganisationAlias(@Id Long id, String organisationId, String alias) {
}
