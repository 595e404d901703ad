package se.kommunkollen.importer;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.stereotype.Component;

import se.kommunkollen.municipality.MunicipalityDirectory;
import se.kommunkollen.municipality.Organisation;
import se.kommunkollen.municipality.OrganisationAlias;
import se.kommunkollen.municipality.OrganisationAliasRepository;
import se.kommunkollen.municipality.OrganisationRepository;

import static java.util.stream.Collectors.toSet;

/**
 * Adds the organisations a report names to its municipality (they outlive report
 * versions), and resolves labels as printed ("KS") to organisation ids.
 */
@Component
class OrganisationWriter {

	private final JdbcAggregateTemplate jdbc;

	private final OrganisationRepository organisations;

	private final OrganisationAliasRepository aliases;

	OrganisationWriter(JdbcAggregateTemplate jdbc, OrganisationRepository organisations,
			OrganisationAliasRepository aliases) {
		this.jdbc = jdbc;
		this.organisations = organisations;
		this.aliases = aliases;
	}

	/**
	 * @return organisation id by lower-case name or alias, for every organisation of the
	 * municipality
	 */
	Map<String, String> write(String municipalityId, List<ParsedReport.Organisation> parsed) {
		for (ParsedReport.Organisation organisation : parsed) {
			String id = municipalityId + "." + MunicipalityDirectory.slug(organisation.key());
			if (!this.organisations.existsById(id)) {
				this.jdbc.insert(new Organisation(id, municipalityId, organisation.name(), organisation.kind()));
			}
			Set<String> known = this.aliases.findByOrganisationIdInOrderByAlias(List.of(id))
				.stream()
				.map(OrganisationAlias::alias)
				.collect(toSet());
			for (String alias : organisation.aliases()) {
				if (known.add(alias)) {
					this.jdbc.insert(new OrganisationAlias(null, id, alias));
				}
			}
		}
		Map<String, String> byLabel = new HashMap<>();
		List<Organisation> all = this.organisations.findByMunicipalityIdInOrderByName(List.of(municipalityId));
		all.forEach((organisation) -> byLabel.put(organisation.name().toLowerCase(Locale.ROOT), organisation.id()));
		this.aliases.findByOrganisationIdInOrderByAlias(all.stream().map(Organisation::id).toList())
			.forEach((alias) -> byLabel.put(alias.alias().toLowerCase(Locale.ROOT), alias.organisationId()));
		return byLabel;
	}

}
