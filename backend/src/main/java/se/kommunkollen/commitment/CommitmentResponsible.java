package se.kommunkollen.commitment;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A responsible body of a commitment, as printed, linked to its organisation where known.
 */
@Table("commitment_responsible")
public record CommitmentResponsible(@Id Long id, String commitmentId, String label, String organisationId,
		int sortOrder) {
}
