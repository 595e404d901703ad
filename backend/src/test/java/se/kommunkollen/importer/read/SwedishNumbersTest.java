package se.kommunkollen.importer.read;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SwedishNumbersTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			237,2       | 237.2
			3.1%        | 3.1
			1 155       | 1155
			283 116     | 283116
			-211,2      | -211.2
			- 2 036     | -2036
			+ 16 389    | 16389
			−5          | -5
			7,6 %       | 7.6
			100.0%      | 100.0
			0           | 0
			-0,0        | 0.0
			1 234 567,89 | 1234567.89
			""")
	void readsSwedishNumberForms(String cell, String expected) {
		assertThat(SwedishNumbers.parse(cell)).isEqualTo(new BigDecimal(expected));
	}

	@Test
	void readsNoBreakSpacesAsThousandsSeparators() {
		assertThat(SwedishNumbers.parse("1\u00A0155")).isEqualByComparingTo("1155");
		assertThat(SwedishNumbers.parse("283\u202F116")).isEqualByComparingTo("283116");
		assertThat(SwedishNumbers.parse("\u00A0-17 115\u00A0")).isEqualByComparingTo("-17115");
	}

	@Test
	void keepsPrintedDecimalsAsScale() {
		assertThat(SwedishNumbers.parse("237,2").scale()).isEqualTo(1);
		assertThat(SwedishNumbers.parse("0,0").scale()).isEqualTo(1);
		assertThat(SwedishNumbers.decimals("5,90")).isEqualTo(2);
		assertThat(SwedishNumbers.decimals("70 191")).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "  ", "\u00A0", "\t" })
	void blankCellIsNull(String cell) {
		assertThat(SwedishNumbers.parse(cell)).isNull();
		assertThat(SwedishNumbers.isNumber(cell)).isFalse();
	}

	@Test
	void nullCellIsNull() {
		assertThat(SwedishNumbers.parse(null)).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "12,x", "abc", "1 23", "12 3456", "1,2,3", "--5", "5-", "%", "2023–2027" })
	void rejectsTextThatIsNotANumberQuotingIt(String cell) {
		assertThat(SwedishNumbers.isNumber(cell)).isFalse();
		assertThatExceptionOfType(NumberFormatException.class).isThrownBy(() -> SwedishNumbers.parse(cell))
			.withMessageContaining("'" + cell + "'");
	}

	@Test
	void recognisesPercentCells() {
		assertThat(SwedishNumbers.isPercent("7,6 %")).isTrue();
		assertThat(SwedishNumbers.isPercent(" 3.1% ")).isTrue();
		assertThat(SwedishNumbers.isPercent("7,6")).isFalse();
		assertThat(SwedishNumbers.isPercent("")).isFalse();
	}

}
