package se.kommunkollen.municipality;

import java.util.Collection;
import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

public interface OrganisationRepository extends ListCrudRepository<Organisation, String> {

	List<Organisation> findByMunicipalityIdInOrderByName(Collection<String> municipalityIds);

}
