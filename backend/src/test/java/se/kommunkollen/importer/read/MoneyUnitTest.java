package se.kommunkollen.importer.read;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class MoneyUnitTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Intäkter / Kostnader (mnkr)          | mnkr | 1000000 | miljoner kronor
			(tkr)                                | tkr  | 1000    | tusen kronor
			Investeringar 2023 (mnr)             | mnr  | 1000000 | miljoner kronor
			Totalt (mnkr)                        | mnkr | 1000000 | miljoner kronor
			RESULTATRÄKNING 2012 (tkr)           | tkr  | 1000    | tusen kronor
			Trygghetsprogrammet (tkr)            | tkr  | 1000    | tusen kronor
			Belopp i mkr                         | mkr  | 1000000 | miljoner kronor
			Kostnad per invånare, kr             | kr   | 1       | kronor
			""")
	void findsUnitsInHeaders(String header, String printed, BigDecimal kronor, String name) {
		MoneyUnit unit = MoneyUnit.find(header).orElseThrow();
		assertThat(unit.printed()).isEqualTo(printed);
		assertThat(unit.kronor()).isEqualByComparingTo(kronor);
		assertThat(unit.swedishName()).isEqualTo(name);
	}

	@Test
	void keepsTheCaseAsPrinted() {
		assertThat(MoneyUnit.find("Belopp (Tkr)").orElseThrow().printed()).isEqualTo("Tkr");
	}

	@Test
	void prefersTheUnitInParentheses() {
		assertThat(MoneyUnit.find("Nettokostnad i kr per invånare (tkr)").orElseThrow().printed()).isEqualTo("tkr");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Bokslut 2012", "Kronoberg", "Skrivelse", "Verksamhet", "Krav på tkrx" })
	void findsNoUnitInsideWordsOrWithoutOne(String header) {
		assertThat(MoneyUnit.find(header)).isEmpty();
	}

}
