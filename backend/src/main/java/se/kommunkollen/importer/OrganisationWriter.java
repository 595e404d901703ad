package se.kommunkollen.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.stereotype.Component;

import se.kommunkollen.api.ByKey;
import se.kommunkollen.municipality.MunicipalityDirectory;
import se.kommunkollen.municipality.Organisation;
import se.kommunkollen.municipality.OrganisationAlias;
import se.kommunkollen.municipality.OrganisationAliasRepository;
import se.kommunkollen.municipality.OrganisationRepository;

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
		Map<String, Organisation> existing = ByKey
			.index(this.organisations.findByMunicipalityIdInOrderByName(List.of(municipalityId)), Organisation::id);
		Set<String> knownAliases = new HashSet<>();
		if (!existing.isEmpty()) {
			this.aliases.findByOrganisationIdInOrderByAlias(existing.keySet())
				.forEach((alias) -> knownAliases.add(alias.organisationId() + "\u0000" + alias.alias()));
		}
		List<Organisation> newOrganisations = new ArrayList<>();
		List<OrganisationAlias> newAliases = new ArrayList<>();
		for (ParsedReport.Organisation organisation : parsed) {
			String id = municipalityId + "." + MunicipalityDirectory.slug(organisation.key());
			if (!existing.containsKey(id)) {
				Organisation added = new Organisation(id, municipalityId, organisation.name(), organisation.kind());
				existing.put(id, added);
				newOrganisations.add(added);
			}
			for (String alias : organisation.aliases()) {
				if (knownAliases.add(id + "\u0000" + alias)) {
					newAliases.add(new OrganisationAlias(null, id, alias));
				}
			}
		}
		if (!newOrganisations.isEmpty()) {
			this.jdbc.insertAll(newOrganisations);
		}
		if (!newAliases.isEmpty()) {
			this.jdbc.insertAll(newAliases);
		}
		Map<String, String> byLabel = new HashMap<>();
		existing.values()
			.forEach((organisation) -> byLabel.put(organisation.name().toLowerCase(Locale.ROOT), organisation.id()));
		knownAliases.forEach((key) -> {
			int split = key.indexOf('\u0000');
			byLabel.put(key.substring(split + 1).toLowerCase(Locale.ROOT), key.substring(0, split));
		});
		return byLabel;
	}

}
