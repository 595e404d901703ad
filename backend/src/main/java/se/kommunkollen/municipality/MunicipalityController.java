package se.kommunkollen.municipality;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import graphql.GraphQLContext;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import se.kommunkollen.api.ByKey;
import se.kommunkollen.report.PublishedLookups;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;

@Controller
class MunicipalityController {

	private final MunicipalityRepository municipalities;

	private final OrganisationRepository organisations;

	private final OrganisationAliasRepository aliases;

	private final PublishedLookups lookups;

	MunicipalityController(MunicipalityRepository municipalities, OrganisationRepository organisations,
			OrganisationAliasRepository aliases, PublishedLookups lookups) {
		this.municipalities = municipalities;
		this.lookups = lookups;
		this.organisations = organisations;
		this.aliases = aliases;
	}

	@QueryMapping
	List<Municipality> municipalities(@Argument String search, @Argument Boolean withReports, GraphQLContext context) {
		boolean all = Boolean.FALSE.equals(withReports);
		List<Municipality> candidates = this.lookups.get("municipalities", all, context, () -> List
			.copyOf(all ? this.municipalities.findAllByOrderByName() : this.municipalities.findAllWithReports()));
		if (search == null || search.isBlank()) {
			return candidates;
		}
		String wanted = fold(search);
		return candidates.stream().filter((municipality) -> fold(municipality.name()).contains(wanted)).toList();
	}

	@QueryMapping
	Municipality municipality(@Argument String id, GraphQLContext context) {
		Optional<Municipality> municipality = this.lookups.get("municipality", id, context,
				() -> this.municipalities.findById(id));
		return municipality.orElse(null);
	}

	@BatchMapping
	Map<Municipality, List<Organisation>> organisations(List<Municipality> municipalities) {
		return ByKey.children(municipalities, Municipality::id, this.organisations::findByMunicipalityIdInOrderByName,
				Organisation::municipalityId);
	}

	@BatchMapping
	Map<Organisation, List<String>> aliases(List<Organisation> organisations) {
		Map<String, List<String>> byOrganisation = this.aliases
			.findByOrganisationIdInOrderByAlias(organisations.stream().map(Organisation::id).toList())
			.stream()
			.collect(groupingBy(OrganisationAlias::organisationId, mapping(OrganisationAlias::alias, toList())));
		return ByKey.lists(organisations, Organisation::id, byOrganisation);
	}

	/** Lower case without diacritics, so that "enko" finds "Enköping". */
	static String fold(String text) {
		String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
		return decomposed.replaceAll("\\p{M}", "").trim();
	}

}
