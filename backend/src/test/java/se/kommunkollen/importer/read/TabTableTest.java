package se.kommunkollen.importer.read;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.kommunkollen.importer.ParsedReport;
import se.kommunkollen.importer.SourceText;

import static org.assertj.core.api.Assertions.assertThat;

class TabTableTest {

	@Test
	void readsRowsUntilTheFirstLineWithoutATab() {
		SourceText text = SampleTexts.of("t.txt", """
				Rubrik
				Namn\tBudget\tUtfall
				Ett\t1,0\t2,0
				Två\t\t3
				Slut på tabellen
				Tre\t4\t5
				""");
		TabTable table = TabTable.readFrom(text, 2);
		assertThat(table.header()).containsExactly("Namn", "Budget", "Utfall");
		assertThat(table.rows()).extracting(TableRow::line).containsExactly(3, 4);
		assertThat(table.rows().get(1).cells()).containsExactly("Två", "", "3");
		assertThat(table.lines()).isEqualTo(new ParsedReport.LineRange(2, 4));
	}

	@Test
	void skipsBlankLinesAndAHeaderRepeatedAfterAPageBreak() {
		SourceText text = SampleTexts.of("t.txt", """
				Namn\tBudget
				Ett\t1

				\u00A0
				Namn\tBudget
				Två\t2
				""");
		TabTable table = TabTable.readFrom(text, 1);
		assertThat(table.rows()).extracting((row) -> row.cell(0)).containsExactly("Ett", "Två");
		assertThat(table.lines()).isEqualTo(new ParsedReport.LineRange(1, 6));
	}

	@Test
	void continuesEnkopingPrioritiesAfterTheirRepeatedHeader() {
		SourceText text = SampleTexts.load(SampleTexts.ENKOPING);
		int header = SampleTexts.lineOf(text, "Årliga prioriteringar\tKommentar\tStatus");
		TabTable table = TabTable.readFrom(text, header);
		assertThat(table.rows()).extracting((row) -> row.cell(0))
			.containsExactly("Bemötande och tillgänglighet", "Öka förtroendet hos enköpingsborna",
					"Ökat inflytande för invånare på landsbygden",
					"Dialog och samverkan mellan kommunen och civilsamhället", "Fortsatt hållbarhetsarbete",
					"Program för landsbygdsutveckling", "Program för näringslivsutveckling");
	}

	@Test
	void endsAtTheEndOfTheText() {
		SourceText text = SampleTexts.of("t.txt", "A\tB\n1\t2");
		TabTable table = TabTable.readFrom(text, 1);
		assertThat(table.rows()).hasSize(1);
		assertThat(table.lines()).isEqualTo(new ParsedReport.LineRange(1, 2));
	}

	@Test
	void headerWithoutRowsIsAnEmptyTable() {
		TabTable table = TabTable.readFrom(SampleTexts.of("t.txt", "A\tB\n\nText"), 1);
		assertThat(table.rows()).isEmpty();
		assertThat(table.lines()).isEqualTo(ParsedReport.LineRange.of(1));
	}

	@Test
	void splitsCellsKeepingEmptyOnesAndTrimmingNoBreakSpaces() {
		assertThat(TabTable.cells("\u00A0Ett \t\t 2\u00A0\t")).isEqualTo(List.of("Ett", "", "2", ""));
	}

	@Test
	void rowCellBeyondTheLastIsEmptyAndBlankRowsAreRecognised() {
		TableRow row = new TableRow(7, List.of("", ""));
		assertThat(row.cell(5)).isEmpty();
		assertThat(row.isBlank()).isTrue();
		assertThat(new TableRow(8, List.of("", "x")).isBlank()).isFalse();
	}

}
