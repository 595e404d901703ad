package se.kommunkollen.importer.bokslut;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import se.kommunkollen.finance.StatementKind;
import se.kommunkollen.goal.AreaKind;
import se.kommunkollen.goal.AssessmentLevel;
import se.kommunkollen.goal.IndicatorValueKind;
import se.kommunkollen.importer.ImportException;
import se.kommunkollen.importer.ParsedReport;
import se.kommunkollen.importer.SourceText;
import se.kommunkollen.importer.read.SampleTexts;
import se.kommunkollen.importer.read.TextEdits;
import se.kommunkollen.municipality.MunicipalityDirectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/** The parser on another municipality's bokslut and on texts derived from the sample. */
class BokslutVariantsTest {

	private static final String OTHER = "bokslut-other-municipality.txt";

	private final BokslutParser parser = new BokslutParser(new MunicipalityDirectory());

	private final SourceText sample = SampleTexts.load(SampleTexts.SODERTALJE);

	@Test
	void readsAnotherMunicipalitysBokslut() {
		ParsedReport report = this.parser.parse(variant(OTHER));
		assertThat(report.meta().municipalityName()).isEqualTo("Nacka");
		assertThat(report.meta().year()).isEqualTo(2014);
		assertThat(report.meta().registrationNumber()).isEqualTo("KFKS 2015/31");
		assertThat(report.areas())
			.extracting(ParsedReport.Area::name, ParsedReport.Area::kind, (a) -> a.assessment().level())
			.containsExactly(tuple("Attraktiv stad", AreaKind.TARGET_AREA, AssessmentLevel.GOOD),
					tuple("Personal", AreaKind.TARGET_AREA, AssessmentLevel.POOR),
					tuple("Ekonomi", AreaKind.OTHER, AssessmentLevel.PARTLY));
		assertThat(report.goals()).extracting(ParsedReport.Goal::key)
			.containsExactly("attraktiv-stad/kf-mal-1", "attraktiv-stad/kf-mal-1/ks-mal-1", "attraktiv-stad/kf-mal-2",
					"personal/kf-mal-1");
		assertThat(report.goals().get(0).analysis().html()).contains("<i>två</i>");
		assertThat(report.indicators()).extracting(ParsedReport.Indicator::name, ParsedReport.Indicator::goalKey)
			.containsExactly(tuple("Bostäder", "attraktiv-stad/kf-mal-1/ks-mal-1"),
					tuple("Antal sjukdagar", "personal/kf-mal-1"));
		assertThat(report.indicators().get(0).values())
			.extracting(ParsedReport.IndicatorValue::kind, ParsedReport.IndicatorValue::value)
			.containsExactly(tuple(IndicatorValueKind.BASELINE, new BigDecimal("1200")),
					tuple(IndicatorValueKind.TARGET, new BigDecimal("1500")),
					tuple(IndicatorValueKind.OUTCOME, new BigDecimal("1450")));
		assertThat(report.indicators().get(1).values().get(0).value()).isEqualByComparingTo("9.5");
		assertThat(report.initiatives()).extracting(ParsedReport.Initiative::title)
			.containsExactly("Trygghetsvandringar ska genomföras i alla stadsdelar.", "En trygghetsmätning ska göras.");
		assertThat(report.initiatives().get(0).comment().plain())
			.isEqualTo("Vandringar har genomförts i fyra av sex stadsdelar.");
		assertThat(report.initiatives().get(1).comment()).isNull();
	}

	@Test
	void readsTheOtherMunicipalitysStatementsWhoseSumsAddUp() {
		ParsedReport report = this.parser.parse(variant(OTHER));
		assertThat(report.statements()).extracting(ParsedReport.Statement::kind, ParsedReport.Statement::unit)
			.containsExactly(tuple(StatementKind.INCOME_STATEMENT, "mnkr"), tuple(StatementKind.BALANCE_SHEET, "mnkr"));
		ParsedReport.Row result = row(report.statements().get(0), "RESULTAT");
		assertThat(result.values()).containsExactly(new BigDecimal("1.0"), new BigDecimal("0.0"), new BigDecimal("1.5"),
				new BigDecimal("1.5"));
		assertThat(report.statements().get(1).rows()).extracting(ParsedReport.Row::label)
			.containsExactly("Anläggningstillgångar", "Omsättningstillgångar", "S:A TILLGÅNGAR", "Ingående balans",
					"Årets resultat", "Kortfristiga skulder", "S:A SKULDER OCH EGET KAPITAL");
		assertThat(report.warnings()).extracting(ParsedReport.Warning::code).doesNotContain("SUM_MISMATCH");
	}

	@Test
	void mapsAChangedStatusLabelAndWarnsAboutAnUnknownOne() {
		ParsedReport report = this.parser.parse(variant(OTHER));
		ParsedReport.Goal partly = report.goals().get(0);
		assertThat(partly.assessment()).usingRecursiveComparison()
			.ignoringFields("line")
			.isEqualTo(new ParsedReport.Assessment("Delvis på rätt väg", AssessmentLevel.PARTLY));
		ParsedReport.Goal unknown = report.goals().get(2);
		assertThat(unknown.assessment()).usingRecursiveComparison()
			.ignoringFields("line")
			.isEqualTo(new ParsedReport.Assessment("Grönt", AssessmentLevel.UNKNOWN));
		assertThat(report.warnings()).filteredOn((w) -> w.code().equals("UNKNOWN_STATUS_LABEL"))
			.singleElement()
			.satisfies((w) -> assertThat(w.message()).contains("'KF-mål 2'", "'Grönt'", "UNKNOWN"));
	}

	@Test
	void mapsChangedLabelsInTheSampleToo() {
		SourceText text = TextEdits.of(this.sample, "changed-labels.txt")
			.replaceLine("Lägesbedömning sammantaget för Näringsliv och högskola: Ok",
					"Lägesbedömning sammantaget för Näringsliv och högskola: Delvis på rätt väg")
			.replaceLineAfter("Kommunens inköp av ekologiska och lokalproducerade livsmedel ska öka.",
					"Lägesbedömning i bokslutet 2012 för målet: Bra",
					"Lägesbedömning i bokslutet 2012 för målet: Grönt")
			.text();
		ParsedReport report = this.parser.parse(text);
		assertThat(report.areas().get(2).assessment().level()).isEqualTo(AssessmentLevel.PARTLY);
		ParsedReport.Goal changed = report.goals()
			.stream()
			.filter((g) -> g.key().equals("miljo/kf-mal-2"))
			.findFirst()
			.orElseThrow();
		assertThat(changed.assessment().level()).isEqualTo(AssessmentLevel.UNKNOWN);
		assertThat(report.warnings()).extracting(ParsedReport.Warning::code).contains("UNKNOWN_STATUS_LABEL");
	}

	@Test
	void readsChangedNumbersAndFlagsTheSumTheyBreak() {
		SourceText text = TextEdits.of(this.sample, "changed-numbers.txt")
			.replaceLine("RESULTAT\t6 697\t0\t14 353\t14 353", "RESULTAT\t6 697\t0\t15 353\t14 353")
			.replaceLine("Omsättningstillgångar\t12 038\t28 135\tÅrets resultat\t7 159\t16 389",
					"Omsättningstillgångar\t12 038\t29 136\tÅrets resultat\t7 159\t16 389")
			.text();
		ParsedReport report = this.parser.parse(text);
		ParsedReport.Statement income = report.statements()
			.stream()
			.filter((s) -> s.kind() == StatementKind.INCOME_STATEMENT)
			.findFirst()
			.orElseThrow();
		assertThat(row(income, "RESULTAT").values().get(2)).isEqualByComparingTo("15353");
		int resultLine = row(income, "RESULTAT").lines().start();
		assertThat(report.warnings()).filteredOn((w) -> w.line() == resultLine)
			.anySatisfy((w) -> assertThat(w.message()).contains("'Bokslut 2012'", "15 353", "14354"));
		ParsedReport.Statement balance = report.statements()
			.stream()
			.filter((s) -> s.kind() == StatementKind.BALANCE_SHEET)
			.findFirst()
			.orElseThrow();
		assertThat(row(balance, "Omsättningstillgångar").values().get(1)).isEqualByComparingTo("29136");
		assertThat(report.warnings())
			.anySatisfy((w) -> assertThat(w.message()).contains("'S:A TILLGÅNGAR'", "'31/12 2012'", "70 191", "71191"));
	}

	@Test
	void rejectsATruncatedTableNamingTheLine() {
		SourceText text = TextEdits.of(this.sample, "truncated.txt")
			.cutAt("Personal\t-130 711\t-132 887\t-130 443\t2 444", "Personal\t-130 711\t-132 887")
			.text();
		assertThatExceptionOfType(ImportException.class).isThrownBy(() -> this.parser.parse(text))
			.satisfies((ex) -> assertThat(ex.line()).isEqualTo(text.lineCount()))
			.withMessageContaining("truncated");
	}

	@Test
	void rejectsACellThatIsNotANumber() {
		SourceText text = TextEdits.of(this.sample, "bad-cell.txt")
			.replaceLine("Driftbidrag\t7 296\t5 354\t6 397\t1 043", "Driftbidrag\t7 296\t5 35x\t6 397\t1 043")
			.text();
		assertThatExceptionOfType(ImportException.class).isThrownBy(() -> this.parser.parse(text))
			.satisfies((ex) -> assertThat(ex.line()).isEqualTo(SampleTexts.lineStartingWith(text, "Driftbidrag", 1)))
			.withMessageEndingWith("column 'Budget helår 2012': '5 35x' is not a number");
	}

	private static SourceText variant(String name) {
		return SampleTexts.loadResource("importer/variants/" + name);
	}

	private static ParsedReport.Row row(ParsedReport.Statement statement, String label) {
		return statement.rows().stream().filter((r) -> r.label().equals(label)).findFirst().orElseThrow();
	}

}
