package se.kommunkollen.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.kommunkollen.finance.ColumnKind;
import se.kommunkollen.finance.LatestOutcome;
import se.kommunkollen.finance.StatementKind;
import se.kommunkollen.importer.bokslut.BokslutParser;
import se.kommunkollen.importer.delarsrapport.DelarsrapportParser;
import se.kommunkollen.importer.kommunkompassen.KommunkompassenParser;
import se.kommunkollen.importer.read.SampleTexts;
import se.kommunkollen.importer.verksamhetsberattelse.VerksamhetsberattelseParser;
import se.kommunkollen.municipality.MunicipalityDirectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Every column of every financial table of the four samples, with its kind, its period as
 * dates and the sign of a deviation, as the report's header and figures state them.
 */
class FinancialColumnsOfSamplesTest {

	private static final MunicipalityDirectory MUNICIPALITIES = new MunicipalityDirectory();

	/**
	 * statement key | column label | kind | period start | period end | deviation sign
	 */
	private static final String EXPECTED = """
			7-1-resultatrakning | Bokslut 2022 | OUTCOME | 2022-01-01 | 2022-12-31 | -
			7-1-resultatrakning | Utfall jan-aug 2022 | OUTCOME | 2022-01-01 | 2022-08-31 | -
			7-1-resultatrakning | Utfall jan-aug 2023 | OUTCOME | 2023-01-01 | 2023-08-31 | -
			7-1-resultatrakning | Budget 2023 | BUDGET | 2023-01-01 | 2023-12-31 | -
			7-1-resultatrakning | Prognos helår 2023 | FORECAST | 2023-01-01 | 2023-12-31 | -
			7-1-resultatrakning | Avvikelse prognos mot budget | BUDGET_DEVIATION | - | - | POSITIVE_IS_BETTER
			7-2-driftsredovisning | Bokslut 2022 | OUTCOME | 2022-01-01 | 2022-12-31 | -
			7-2-driftsredovisning | Utfall jan-aug 2022 | OUTCOME | 2022-01-01 | 2022-08-31 | -
			7-2-driftsredovisning | Utfall jan-aug 2023 | OUTCOME | 2023-01-01 | 2023-08-31 | -
			7-2-driftsredovisning | Budget 2023 | BUDGET | 2023-01-01 | 2023-12-31 | -
			7-2-driftsredovisning | Prognos helår 2023 | FORECAST | 2023-01-01 | 2023-12-31 | -
			7-2-driftsredovisning | Avvikelse prognos mot budget | BUDGET_DEVIATION | - | - | POSITIVE_IS_BETTER
			8-1-investeringsredovisning-arlig-budget-mnr | Budget 2023 | BUDGET | 2023-01-01 | 2023-12-31 | -
			8-1-investeringsredovisning-arlig-budget-mnr | Utfall jan-aug 2023 | OUTCOME | 2023-01-01 | 2023-08-31 | -
			8-1-investeringsredovisning-arlig-budget-mnr | Prognos helår 2023 | FORECAST | 2023-01-01 | 2023-12-31 | -
			8-1-investeringsredovisning-arlig-budget-mnr | Avvikelse prognos mot budget | BUDGET_DEVIATION | - | - | POSITIVE_IS_BETTER
			11-1-resultatrakning | Bokslut 2022 | OUTCOME | 2022-01-01 | 2022-12-31 | -
			11-1-resultatrakning | Utfall jan-aug 2022 | OUTCOME | 2022-01-01 | 2022-08-31 | -
			11-1-resultatrakning | Utfall jan-aug 2023 | OUTCOME | 2023-01-01 | 2023-08-31 | -
			11-1-resultatrakning | Budget 2023 | BUDGET | 2023-01-01 | 2023-12-31 | -
			11-1-resultatrakning | Prognos helår 2023 | FORECAST | 2023-01-01 | 2023-12-31 | -
			11-1-resultatrakning | Avvikelse prognos mot budget | BUDGET_DEVIATION | - | - | -
			11-2-driftsredovisning | Bokslut 2022 | OUTCOME | 2022-01-01 | 2022-12-31 | -
			11-2-driftsredovisning | Utfall jan-aug 2022 | OUTCOME | 2022-01-01 | 2022-08-31 | -
			11-2-driftsredovisning | Utfall jan-aug 2023 | OUTCOME | 2023-01-01 | 2023-08-31 | -
			11-2-driftsredovisning | Budget 2023 | BUDGET | 2023-01-01 | 2023-12-31 | -
			11-2-driftsredovisning | Prognos helår 2023 | FORECAST | 2023-01-01 | 2023-12-31 | -
			11-2-driftsredovisning | Avvikelse prognos mot budget | BUDGET_DEVIATION | - | - | -
			resultatrakning | Utfall 2021 | OUTCOME | 2021-01-01 | 2021-12-31 | -
			resultatrakning | Utfall Dec 2022 | OUTCOME | 2022-01-01 | 2022-12-31 | -
			resultatrakning | Budget Dec 2022 | BUDGET | 2022-01-01 | 2022-12-31 | -
			resultatrakning | Budgetavvikelse Dec 2022 | BUDGET_DEVIATION | 2022-01-01 | 2022-12-31 | POSITIVE_IS_BETTER
			driftredovisning | Utfall helår 2022 | OUTCOME | 2022-01-01 | 2022-12-31 | -
			driftredovisning | Utfall helår 2021 | OUTCOME | 2021-01-01 | 2021-12-31 | -
			driftredovisning | Prognos november | FORECAST | - | - | -
			bokslut-2011-bokslut-2012-skillnad-nettokostnadsutveckling | Bokslut 2011 | OUTCOME | 2011-01-01 | 2011-12-31 | -
			bokslut-2011-bokslut-2012-skillnad-nettokostnadsutveckling | Bokslut 2012 | OUTCOME | 2012-01-01 | 2012-12-31 | -
			bokslut-2011-bokslut-2012-skillnad-nettokostnadsutveckling | Skillnad | PERIOD_DIFFERENCE | - | - | -
			bokslut-2011-bokslut-2012-skillnad-nettokostnadsutveckling | Nettokostnadsutveckling % | RATIO | - | - | -
			kommunbidrag-prognos-augusti-bokslut-budgetavvikelse | Kommunbidrag | BUDGET | - | - | -
			kommunbidrag-prognos-augusti-bokslut-budgetavvikelse | Prognos augusti | FORECAST | - | - | -
			kommunbidrag-prognos-augusti-bokslut-budgetavvikelse | Bokslut | OUTCOME | - | - | -
			kommunbidrag-prognos-augusti-bokslut-budgetavvikelse | Budgetavvikelse | BUDGET_DEVIATION | - | - | POSITIVE_IS_BETTER
			trygghetsprogrammet | Projektnummer | REFERENCE | - | - | -
			trygghetsprogrammet | Budget | BUDGET | - | - | -
			trygghetsprogrammet | Utfall | OUTCOME | - | - | -
			resultat-2012-kommunbidrag-2012-nettokostnad-2012-avvikelse | Resultat 2012 | OTHER | - | - | -
			resultat-2012-kommunbidrag-2012-nettokostnad-2012-avvikelse | Kommunbidrag 2012 | BUDGET | 2012-01-01 | 2012-12-31 | -
			resultat-2012-kommunbidrag-2012-nettokostnad-2012-avvikelse | Nettokostnad 2012 | OUTCOME | 2012-01-01 | 2012-12-31 | -
			resultat-2012-kommunbidrag-2012-nettokostnad-2012-avvikelse | Avvikelse % | RATIO | - | - | -
			nyckeltal | (utan rubrik) | OTHER | - | - | -
			resultatrakning-2012 | Bokslut 2011 | OUTCOME | 2011-01-01 | 2011-12-31 | -
			resultatrakning-2012 | Budget helår 2012 | BUDGET | 2012-01-01 | 2012-12-31 | -
			resultatrakning-2012 | Bokslut 2012 | OUTCOME | 2012-01-01 | 2012-12-31 | -
			resultatrakning-2012 | Budget- avvikelse | BUDGET_DEVIATION | - | - | POSITIVE_IS_BETTER
			balansrakning-endast-kommunstyrelsens-kontor | 31/12 2011 | BALANCE | 2011-12-31 | 2011-12-31 | -
			balansrakning-endast-kommunstyrelsens-kontor | 31/12 2012 | BALANCE | 2012-12-31 | 2012-12-31 | -
			""";

	@Test
	void everyColumnOfTheFourSamplesHasItsKindPeriodAndDeviationSign() {
		assertThat(new KommunkompassenParser(MUNICIPALITIES).parse(SampleTexts.load(SampleTexts.HANINGE)).statements())
			.isEmpty();
		List<String> actual = new ArrayList<>();
		for (ParsedReport report : List.of(enkoping(), eskilstuna(), sodertalje())) {
			for (ParsedReport.Statement statement : report.statements()) {
				for (ParsedReport.Column column : statement.columns()) {
					actual.add(String.join(" | ", statement.key(), column.label(), column.kind().name(),
							text(column.periodStart()), text(column.periodEnd()), text(column.deviationSign())));
				}
			}
		}
		assertThat(actual).containsExactlyElementsOf(EXPECTED.lines().toList());
	}

	@Test
	void theLatestOutcomeIsTheOutcomeWhosePeriodEndsLast() {
		assertThat(latest(statement(enkoping(), "7-1-resultatrakning"))).isEqualTo("Utfall jan-aug 2023");
		assertThat(latest(statement(eskilstuna(), "resultatrakning"))).isEqualTo("Utfall Dec 2022");
		assertThat(latest(statement(eskilstuna(), "driftredovisning"))).isEqualTo("Utfall helår 2022");
		assertThat(latest(statement(sodertalje(), "resultatrakning-2012"))).isEqualTo("Bokslut 2012");
		assertThat(latest(statement(sodertalje(), "trygghetsprogrammet"))).as("the only outcome column")
			.isEqualTo("Utfall");
		ParsedReport.Statement undated = new ParsedReport.Statement("t", StatementKind.OTHER, "T", null,
				List.of(new ParsedReport.Column("Utfall", ColumnKind.OUTCOME, null, null),
						new ParsedReport.Column("Utfall", ColumnKind.OUTCOME, null, null)),
				List.of(), new ParsedReport.LineRange(1, 1));
		assertThat(latest(undated)).as("two outcomes without periods").isNull();
	}

	@Test
	void aTableWithItsYearsInEitherOrderHasTheSameLatestOutcome() {
		String original = SampleTexts.raw(SampleTexts.ESKILSTUNA);
		String reversed = original
			.replace("Avdelning\tUtfall helår 2022\tUtfall helår 2021\tPrognos november",
					"Avdelning\tUtfall helår 2021\tUtfall helår 2022\tPrognos november")
			.replace("Totalt\t15 580\t19 128\t15 710", "Totalt\t19 128\t15 580\t15 710");
		assertThat(reversed).isNotEqualTo(original);
		ParsedReport.Statement printedOrder = statement(eskilstuna(), "driftredovisning");
		ParsedReport.Statement swapped = statement(
				new VerksamhetsberattelseParser(MUNICIPALITIES).parse(SampleTexts.of(SampleTexts.ESKILSTUNA, reversed)),
				"driftredovisning");
		assertThat(latestValue(printedOrder)).isEqualByComparingTo("15580");
		assertThat(latestValue(swapped)).isEqualByComparingTo("15580");
		assertThat(latest(swapped)).isEqualTo("Utfall helår 2022");
	}

	@Test
	void aDifferenceBetweenPeriodsIsNoBudgetDeviationAndHasNoBetterSign() {
		ParsedReport.Statement costs = statement(sodertalje(),
				"bokslut-2011-bokslut-2012-skillnad-nettokostnadsutveckling");
		ParsedReport.Column difference = costs.columns().get(2);
		assertThat(difference.kind()).isEqualTo(ColumnKind.PERIOD_DIFFERENCE);
		assertThat(difference.kind().isDeviation()).isFalse();
		assertThat(difference.deviationSign()).isNull();
	}

	@Test
	void aDeviationOfZerosOnlyHasNoKnownSign() {
		ParsedReport.Statement council = statement(enkoping(), "11-1-resultatrakning");
		assertThat(council.columns().get(5).deviationSign()).isNull();
	}

	@Test
	void theKeyFigureBlockIsAStatementWithAUnitPerRow() {
		ParsedReport report = sodertalje();
		ParsedReport.Statement figures = statement(report, "nyckeltal");
		assertThat(figures.kind()).isEqualTo(StatementKind.KEY_FIGURES);
		assertThat(figures.unit()).isNull();
		assertThat(figures.lines()).isEqualTo(new ParsedReport.LineRange(151, 157));
		assertThat(figures.rows())
			.extracting(ParsedReport.Row::label, (r) -> r.printed().get(0), ParsedReport.Row::unit,
					ParsedReport.Row::ratio, ParsedReport.Row::sum)
			.containsExactly(tuple("Kommunbidrag totalt 2012", "297 469", "tkr", false, false),
					tuple("Kostnader totalt", "318 445", null, false, false),
					tuple("Intäkter totalt", "35 330", "tkr", false, false),
					tuple("Kommunbidrag totalt", "297 469", "tkr", false, false),
					tuple("K/I-tal", "0,96", null, true, false));
		assertThat(figures.rows().get(4).values()).containsExactly(new BigDecimal("0.96"));
		assertThat(report.warnings()).filteredOn((w) -> w.line() != null && w.line() >= 151 && w.line() <= 157)
			.extracting(ParsedReport.Warning::line, ParsedReport.Warning::code)
			.containsExactly(tuple(151, "UNIT_FROM_TABLE"), tuple(154, "UNIT_NOT_STATED"),
					tuple(155, "UNIT_FROM_TABLE"), tuple(156, "UNIT_FROM_TABLE"));
	}

	@Test
	void aTableOfContentsIsNoKeyFigureBlock() {
		assertThat(eskilstuna().statements()).extracting(ParsedReport.Statement::kind)
			.doesNotContain(StatementKind.KEY_FIGURES);
	}

	@Test
	void everyTableWithoutAPrintedUnitWarnsOrNamesTheSentenceThatFixesIt() {
		ParsedReport sodertalje = sodertalje();
		assertThat(sodertalje.warnings()).filteredOn((w) -> w.code().equals("UNIT_NOT_STATED") && w.line() < 150)
			.extracting(ParsedReport.Warning::line)
			.containsExactly(117, 122);
		ParsedReport eskilstuna = eskilstuna();
		ParsedReport.Statement income = statement(eskilstuna, "resultatrakning");
		assertThat(income.unit()).isEqualTo("miljoner kronor");
		assertThat(income.unitEvidence()).isEqualTo(ParsedReport.LineRange.of(623));
		assertThat(eskilstuna.warnings()).filteredOn((w) -> w.code().startsWith("UNIT_"))
			.extracting(ParsedReport.Warning::line, ParsedReport.Warning::code)
			.containsExactly(tuple(623, "UNIT_FROM_TEXT"), tuple(682, "UNIT_NOT_STATED"));
	}

	@Test
	void aSentenceWithAnotherNumberDoesNotFixTheUnit() {
		String text = SampleTexts.raw(SampleTexts.ESKILSTUNA)
			.replace("uppgick till 530,1 miljoner kronor", "uppgick till 530,2 miljoner kronor")
			.replace("uppgår till +15,6 miljoner kronor", "uppgår till +15,5 miljoner kronor");
		ParsedReport report = new VerksamhetsberattelseParser(MUNICIPALITIES)
			.parse(SampleTexts.of(SampleTexts.ESKILSTUNA, text));
		ParsedReport.Statement income = statement(report, "resultatrakning");
		assertThat(income.unit()).isNull();
		assertThat(income.unitEvidence()).isNull();
		assertThat(report.warnings()).filteredOn((w) -> w.code().equals("UNIT_NOT_STATED"))
			.extracting(ParsedReport.Warning::line)
			.contains(669);
	}

	@Test
	void sentencesNamingDifferentUnitsForTheSameSumFixNone() {
		String text = SampleTexts.raw(SampleTexts.ESKILSTUNA)
			.replace("uppgår till +15,6 miljoner kronor", "uppgår till +15,6 tkr");
		ParsedReport.Statement income = statement(
				new VerksamhetsberattelseParser(MUNICIPALITIES).parse(SampleTexts.of(SampleTexts.ESKILSTUNA, text)),
				"resultatrakning");
		assertThat(income.unit()).isNull();
	}

	private static String latest(ParsedReport.Statement statement) {
		Integer index = LatestOutcome.indexOf(statement.columns(), ParsedReport.Column::kind,
				ParsedReport.Column::periodStart, ParsedReport.Column::periodEnd);
		return (index != null) ? statement.columns().get(index).label() : null;
	}

	private static BigDecimal latestValue(ParsedReport.Statement statement) {
		Integer index = LatestOutcome.indexOf(statement.columns(), ParsedReport.Column::kind,
				ParsedReport.Column::periodStart, ParsedReport.Column::periodEnd);
		return statement.rows().get(statement.rows().size() - 1).values().get(index);
	}

	private static ParsedReport.Statement statement(ParsedReport report, String key) {
		return report.statements().stream().filter((s) -> s.key().equals(key)).findFirst().orElseThrow();
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : "-";
	}

	private static ParsedReport enkoping() {
		return new DelarsrapportParser(MUNICIPALITIES).parse(SampleTexts.load(SampleTexts.ENKOPING));
	}

	private static ParsedReport eskilstuna() {
		return new VerksamhetsberattelseParser(MUNICIPALITIES).parse(SampleTexts.load(SampleTexts.ESKILSTUNA));
	}

	private static ParsedReport sodertalje() {
		return new BokslutParser(MUNICIPALITIES).parse(SampleTexts.load(SampleTexts.SODERTALJE));
	}

}
