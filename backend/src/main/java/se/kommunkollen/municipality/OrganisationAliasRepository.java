package se.kommunkollen.municipality;

import java.util.Collection;
import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

public interface OrganisationAliasRepository extends ListCrudRepository<OrganisationAlias, Long> {

	List<OrganisationAlias> findByOrganisationIdInOrderByAlias(Collection<String> organisationIds);

}
