package se.kommunkollen.importer.read;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.kommunkollen.finance.ColumnKind;
import se.kommunkollen.finance.StatementKind;
import se.kommunkollen.goal.IndicatorValueKind;
import se.kommunkollen.importer.ParsedReport;

import static org.assertj.core.api.Assertions.assertThat;

class ReadingHelpersTest {

	@Test
	void derivesKeysFromContentAndNumbersRepeats() {
		Keys keys = new Keys();
		assertThat(keys.unique("Mål 21")).isEqualTo("mal-21");
		assertThat(keys.unique("7.1 Resultaträkning")).isEqualTo("7-1-resultatrakning");
		assertThat(keys.unique("Risk - Säkerhet")).isEqualTo("risk-sakerhet");
		assertThat(keys.unique("Risk – Säkerhet")).isEqualTo("risk-sakerhet-2");
		assertThat(Keys.slug("a ".repeat(60))).hasSizeLessThanOrEqualTo(80).doesNotEndWith("-");
	}

	@Test
	void typesFinancialColumnsByTheirFirstWord() {
		assertThat(StatementReader.column("Bokslut 2022")).isEqualTo(new ParsedReport.Column("Bokslut 2022",
				ColumnKind.OUTCOME, "helår 2022", null, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31), null));
		assertThat(StatementReader.column("Utfall jan-aug 2023").period()).isEqualTo("jan-aug 2023");
		assertThat(StatementReader.column("Budgetavvikelse Dec 2022").kind()).isEqualTo(ColumnKind.BUDGET_DEVIATION);
		assertThat(StatementReader.column("Avvikelse prognos mot budget").period()).isNull();
		assertThat(StatementReader.column("Prognos november").period()).isEqualTo("november");
		assertThat(StatementReader.column("Mål 2023").kind()).isEqualTo(ColumnKind.OTHER);
		assertThat(StatementReader.isStatementHeader(List.of("Konto", "Utfall 2021", "Budget Dec 2022"))).isTrue();
		assertThat(StatementReader.isStatementHeader(List.of("Indikatorer", "Utfall 2020", "Mål 2022"))).isFalse();
		assertThat(StatementReader.kind("11.2 Driftsredovisning")).isEqualTo(StatementKind.OPERATING_ACCOUNT);
	}

	@Test
	void typesIndicatorColumnsAndKeepsTheHeaderAsThePeriod() {
		assertThat(IndicatorTables.valueColumn("Startläge"))
			.contains(new IndicatorTables.ValueColumn(IndicatorValueKind.BASELINE, "Startläge", null));
		assertThat(IndicatorTables.valueColumn("Utfall aug 2023"))
			.contains(new IndicatorTables.ValueColumn(IndicatorValueKind.OUTCOME, "Utfall aug 2023", 2023));
		assertThat(IndicatorTables.valueColumn("Mål"))
			.contains(new IndicatorTables.ValueColumn(IndicatorValueKind.TARGET, "Mål", null));
		assertThat(IndicatorTables.valueColumn("Budget 2023")).isEmpty();
		assertThat(IndicatorTables.isIndicatorHeader(List.of("Nämnds indikatorer", "Startläge", "Mål"))).isTrue();
	}

	@Test
	void readsCountsWrittenAsDigitsOrWords() {
		assertThat(NumberWords.parse("8")).isEqualTo(8);
		assertThat(NumberWords.parse("fyra")).isEqualTo(4);
		assertThat(NumberWords.parse("Sju")).isEqualTo(7);
		assertThat(NumberWords.parse("inga")).isZero();
		assertThat(NumberWords.parse("många")).isNull();
	}

	@Test
	void tellsHeadingsFromSentences() {
		assertThat(Lines.isHeadingLike("Risk - Säkerhet")).isTrue();
		assertThat(Lines.isHeadingLike("Kommentar:")).isFalse();
		assertThat(Lines.isHeadingLike("Uppföljning i IK-plan 2024 kan bli aktuellt.")).isFalse();
		assertThat(Lines.isHeadingLike("- Klimat")).isFalse();
		assertThat(Lines.isHeadingLike("Bedömning\tTrend")).isFalse();
		assertThat(Lines.isNumberedHeading("5.1 Mål 21: Ökat medarbetarengagemang")).isTrue();
		assertThat(Lines.isNumberedHeading("1. delårsrapport augusti 2023 för kommunstyrelsen fastställs.")).isFalse();
		assertThat(Lines.isBlank("\u00a0 ")).isTrue();
		assertThat(Lines.isBlank(" \t")).isFalse();
	}

	@Test
	void joinsFragmentsAndEscapesPlainOnesNextToMarkup() {
		ParsedReport.Text joined = Texts
			.join(List.of(new ParsedReport.Text("<p>a</p>", "a"), ParsedReport.Text.plain("b < c")));
		assertThat(joined).isEqualTo(new ParsedReport.Text("<p>a</p><p>b &lt; c</p>", "a\nb < c"));
		assertThat(Texts.join(List.of(ParsedReport.Text.plain("x"), ParsedReport.Text.plain("y"))))
			.isEqualTo(new ParsedReport.Text(null, "x\ny"));
		assertThat(Texts.join(List.of(ParsedReport.Text.plain("")))).isNull();
	}

}
