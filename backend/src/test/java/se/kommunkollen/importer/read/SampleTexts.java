package se.kommunkollen.importer.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import se.kommunkollen.importer.SourceText;

/** The bundled sample reports and line lookups for tests. */
public final class SampleTexts {

	public static final String HANINGE = "001_49780e2962ff647b.txt";

	public static final String ENKOPING = "002_034fdc850437dc3c.txt";

	public static final String ESKILSTUNA = "003_706e2e96afce6266.txt";

	public static final String SODERTALJE = "004_6ea06e72dde3c929.txt";

	private SampleTexts() {
	}

	public static SourceText load(String fileName) {
		return of(fileName, raw(fileName));
	}

	public static String raw(String fileName) {
		return resource("samples/" + fileName);
	}

	/**
	 * A test text on the classpath ("importer/variants/x.txt"), named by its file name.
	 */
	public static SourceText loadResource(String path) {
		return of(path.substring(path.lastIndexOf('/') + 1), resource(path));
	}

	private static String resource(String path) {
		try (InputStream in = SampleTexts.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("not on the classpath: " + path);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static SourceText of(String fileName, String content) {
		List<String> lines = Arrays.asList(content.split("\r?\n", -1));
		if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
			lines = lines.subList(0, lines.size() - 1);
		}
		return new SourceText(fileName, lines);
	}

	/** The 1-based number of the first line equal to {@code line}. */
	public static int lineOf(SourceText text, String line) {
		for (int number = 1; number <= text.lineCount(); number++) {
			if (text.line(number).equals(line)) {
				return number;
			}
		}
		throw new IllegalArgumentException("no line '" + line + "' in " + text.fileName());
	}

	/**
	 * The 1-based number of the first line starting with {@code prefix}, from
	 * {@code from}.
	 */
	public static int lineStartingWith(SourceText text, String prefix, int from) {
		for (int number = from; number <= text.lineCount(); number++) {
			if (text.line(number).startsWith(prefix)) {
				return number;
			}
		}
		throw new IllegalArgumentException("no line starting with '" + prefix + "' in " + text.fileName());
	}

}
