package se.kommunkollen.municipality;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.kommunkollen.importer.SourceText;
import se.kommunkollen.importer.read.SampleTexts;

import static org.assertj.core.api.Assertions.assertThat;

class MunicipalityDirectoryTest {

	private final MunicipalityDirectory directory = new MunicipalityDirectory();

	@Test
	void listsAll290MunicipalitiesIn21Counties() {
		List<MunicipalityDirectory.Municipality> all = this.directory.all();
		assertThat(all).hasSize(290);
		assertThat(all.stream().map(MunicipalityDirectory.Municipality::county).distinct()).hasSize(21)
			.allMatch((county) -> county.endsWith(" län"));
		assertThat(all.stream().map(MunicipalityDirectory.Municipality::code).distinct()).hasSize(290)
			.allMatch((code) -> code.matches("\\d{4}"));
		assertThat(all.stream().map(MunicipalityDirectory.Municipality::name).distinct()).hasSize(290);
		assertThat(all.stream().map(MunicipalityDirectory.Municipality::id).distinct()).hasSize(290);
	}

	@Test
	void knowsTheMunicipalitiesOfTheSamples() {
		assertThat(this.directory.all()).contains(
				new MunicipalityDirectory.Municipality("haninge", "0136", "Haninge", "Stockholms län"),
				new MunicipalityDirectory.Municipality("enkoping", "0381", "Enköping", "Uppsala län"),
				new MunicipalityDirectory.Municipality("eskilstuna", "0484", "Eskilstuna", "Södermanlands län"),
				new MunicipalityDirectory.Municipality("sodertalje", "0181", "Södertälje", "Stockholms län"));
	}

	@Test
	void countyCodeIsTheFirstTwoDigitsOfTheMunicipalityCode() {
		assertThat(this.directory.all()
			.stream()
			.collect(Collectors.groupingBy((m) -> m.code().substring(0, 2),
					Collectors.mapping(MunicipalityDirectory.Municipality::county, Collectors.toSet()))))
			.hasSize(21)
			.allSatisfy((code, counties) -> assertThat(counties).hasSize(1));
		assertThat(this.directory.byName("Kiruna").orElseThrow().county()).isEqualTo("Norrbottens län");
		assertThat(this.directory.byName("Gotland").orElseThrow().code()).isEqualTo("0980");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Upplands Väsby | upplands-vasby
			Enköping       | enkoping
			Södertälje     | sodertalje
			Östra Göinge   | ostra-goinge
			Malung-Sälen   | malung-salen
			Dals-Ed        | dals-ed
			Åre            | are
			Örnsköldsvik   | ornskoldsvik
			Café Ödön      | cafe-odon
			""")
	void slugsNames(String name, String slug) {
		assertThat(MunicipalityDirectory.slug(name)).isEqualTo(slug);
	}

	@Test
	void namesSharingASlugGetTheCodeAppended() {
		assertThat(this.directory.byName("Håbo").orElseThrow().id()).isEqualTo("habo-0305");
		assertThat(this.directory.byName("Habo").orElseThrow().id()).isEqualTo("habo-0643");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			001_49780e2962ff647b.txt | Haninge
			002_034fdc850437dc3c.txt | Enköping
			003_706e2e96afce6266.txt | Eskilstuna
			004_6ea06e72dde3c929.txt | Södertälje
			""")
	void findsTheMunicipalityOfEachSample(String sample, String municipality) {
		assertThat(this.directory.findIn(SampleTexts.load(sample))).contains(municipality);
	}

	@Test
	void findsTheMunicipalityFromAWebDomainAlone() {
		assertThat(this.directory.findIn(text("Handläggare", "anna.andersson@upplandsvasby.se")))
			.contains("Upplands Väsby");
		assertThat(this.directory.findIn(text("Mer på www.sodertalje.se"))).contains("Södertälje");
	}

	@Test
	void genitiveAndKommunenFormsCount() {
		assertThat(this.directory.findIn(text("Verksamhetsplan för Bergs kommun"))).contains("Berg");
		assertThat(this.directory.findIn(text("Kommunkompassen - analys av Luleå kommun"))).contains("Luleå");
		assertThat(this.directory.findIn(text("I kommunen Nacka bor många."))).contains("Nacka");
	}

	@Test
	void commonWordsAreNoEvidenceOnTheirOwn() {
		SourceText text = text("Mark och exploatering", "Vara en god arbetsgivare", "Berg och dalar", "Lund 2023",
				"Nora Andersson, Salem");
		assertThat(this.directory.findIn(text)).isEmpty();
	}

	@Test
	void theHeadOfTheReportOutweighsMentionsFurtherDown() {
		String[] lines = new String[200];
		lines[0] = "Årsredovisning för Eskilstuna kommun";
		for (int i = 1; i < lines.length; i++) {
			lines[i] = (i > 150) ? "Samarbete med Västerås kommun och Västerås" : "Text";
		}
		assertThat(this.directory.findIn(text(lines))).contains("Eskilstuna");
	}

	@Test
	void findsNothingWithoutEvidence() {
		assertThat(this.directory.findIn(text("Årsredovisning 2023", "Kommunstyrelsen"))).isEmpty();
	}

	@Test
	void equalEvidenceForTwoIsNoAnswer() {
		assertThat(this.directory.findIn(text("Samverkan mellan Huddinge kommun och Botkyrka kommun"))).isEmpty();
	}

	@Test
	void migrationInsertsEveryMunicipalityWithItsSlugAsId() throws Exception {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL("jdbc:h2:mem:municipalities;DB_CLOSE_DELAY=-1");
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			ResultSet count = statement.executeQuery("SELECT COUNT(*), COUNT(DISTINCT county) FROM municipality");
			count.next();
			assertThat(count.getInt(1)).isEqualTo(290);
			assertThat(count.getInt(2)).isEqualTo(21);
			ResultSet enkoping = statement
				.executeQuery("SELECT code, name, county FROM municipality WHERE id = 'enkoping'");
			assertThat(enkoping.next()).isTrue();
			assertThat(enkoping.getString("code")).isEqualTo("0381");
			assertThat(enkoping.getString("name")).isEqualTo("Enköping");
			assertThat(enkoping.getString("county")).isEqualTo("Uppsala län");
		}
	}

	private static SourceText text(String... lines) {
		return new SourceText("test.txt", List.of(lines));
	}

}
