package se.kommunkollen.importer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SourceTextsTest {

	@Test
	void splitsLinesOnNewlinesAndCarriageReturnNewlines() {
		SourceText text = SourceTexts.of("r.txt", utf8("Rubrik\r\nA\tB\n\nSlut\n"));
		assertThat(text.lines()).containsExactly("Rubrik", "A\tB", "", "Slut");
		assertThat(text.fileName()).isEqualTo("r.txt");
	}

	@Test
	void dropsAByteOrderMark() {
		assertThat(SourceTexts.of("r.txt", utf8("\uFEFFÅrsbokslut")).line(1)).isEqualTo("Årsbokslut");
	}

	@Test
	void rejectsMalformedUtf8NamingTheLine() {
		byte[] latin1 = "Rad ett\nRad två\nBokslut för Södertälje".getBytes(StandardCharsets.ISO_8859_1);
		assertThatExceptionOfType(ImportException.class).isThrownBy(() -> SourceTexts.of("l.txt", latin1))
			.satisfies((ex) -> assertThat(ex.line()).isEqualTo(2))
			.withMessageStartingWith("l.txt:2: not valid UTF-8");
	}

	@Test
	void rejectsEmptyAndBlankFiles() {
		assertThatExceptionOfType(ImportException.class).isThrownBy(() -> SourceTexts.of("e.txt", new byte[0]))
			.withMessage("e.txt: file is empty");
		assertThatExceptionOfType(ImportException.class).isThrownBy(() -> SourceTexts.of("e.txt", utf8("\uFEFF \n\n")))
			.withMessage("e.txt: file is empty");
	}

	@Test
	void rejectsFilesWithNulBytes() {
		byte[] bytes = { '%', 'P', 'D', 'F', 0, 1, 2 };
		assertThatExceptionOfType(ImportException.class).isThrownBy(() -> SourceTexts.of("r.pdf", bytes))
			.withMessage("r.pdf: not a text file");
	}

	@Test
	void rejectsFilesOfMostlyControlCharacters() {
		assertThatExceptionOfType(ImportException.class)
			.isThrownBy(() -> SourceTexts.of("c.bin", utf8("\u0001\u0002\u0003\u0004ab\u0005\u0006")))
			.withMessage("c.bin: not a text file");
	}

	@Test
	void readsAFileFromDisk(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("rapport.txt");
		Files.writeString(file, "Kommunkompassen\nOmråde 1");
		SourceText text = SourceTexts.read(file);
		assertThat(text.fileName()).isEqualTo("rapport.txt");
		assertThat(text.lineCount()).isEqualTo(2);
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
