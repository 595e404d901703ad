package se.kommunkollen.municipality;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import se.kommunkollen.api.GraphQlConfiguration;
import se.kommunkollen.report.PublishedLookups;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;

@GraphQlTest(MunicipalityController.class)
@Import(GraphQlConfiguration.class)
class MunicipalityControllerTests {

	@Autowired
	GraphQlTester graphQl;

	@MockitoBean
	MunicipalityRepository municipalities;

	@MockitoBean
	OrganisationRepository organisations;

	@MockitoBean
	OrganisationAliasRepository aliases;

	@MockitoBean
	PublishedLookups lookups;

	/**
	 * Every lookup reads the repositories (what is kept is PublishedLookups' concern).
	 */
	@BeforeEach
	void lookupsReadThrough() {
		given(this.lookups.get(anyString(), any(), any(), any()))
			.willAnswer((call) -> call.<Supplier<?>>getArgument(3).get());
	}

	@Test
	void municipalitiesWithReportsAreListed() {
		given(this.municipalities.findAllWithReports())
			.willReturn(List.of(new Municipality("enkoping", "0381", "Enköping", "Uppsala län"),
					new Municipality("haninge", "0136", "Haninge", "Stockholms län")));
		this.graphQl.documentName("municipalities").execute().path("municipalities").matchesJson("""
				[{"id":"enkoping","name":"Enköping","county":"Uppsala län"},
				 {"id":"haninge","name":"Haninge","county":"Stockholms län"}]
				""");
	}

	@Test
	void searchMatchesWithoutDiacritics() {
		given(this.municipalities.findAllByOrderByName())
			.willReturn(List.of(new Municipality("sodertalje", "0181", "Södertälje", "Stockholms län"),
					new Municipality("solna", "0184", "Solna", "Stockholms län")));
		this.graphQl.document("{ municipalities(search: \"sodert\", withReports: false) { id } }")
			.execute()
			.path("municipalities[*].id")
			.entityList(String.class)
			.containsExactly("sodertalje");
	}

	@Test
	void organisationsComeWithTheirAliasesInOneBatch() {
		given(this.municipalities.findById("eskilstuna"))
			.willReturn(Optional.of(new Municipality("eskilstuna", "0484", "Eskilstuna", "Södermanlands län")));
		given(this.organisations.findByMunicipalityIdInOrderByName(List.of("eskilstuna"))).willReturn(
				List.of(new Organisation("eskilstuna.ks", "eskilstuna", "Kommunstyrelsen", OrganisationKind.BOARD)));
		given(this.aliases.findByOrganisationIdInOrderByAlias(List.of("eskilstuna.ks")))
			.willReturn(List.of(new OrganisationAlias(1L, "eskilstuna.ks", "KS")));
		this.graphQl.document("{ municipality(id: \"eskilstuna\") { organisations { name kind aliases } } }")
			.execute()
			.path("municipality.organisations")
			.matchesJson("[{\"name\":\"Kommunstyrelsen\",\"kind\":\"BOARD\",\"aliases\":[\"KS\"]}]");
	}

}
