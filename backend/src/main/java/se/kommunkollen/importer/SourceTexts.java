package se.kommunkollen.importer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a report file into a {@link SourceText}: strict UTF-8, a byte order mark dropped,
 * lines split on "\n" or "\r\n". Refuses empty files and files that are not text.
 */
public final class SourceTexts {

	/** More control characters than this share of all characters: not a text file. */
	private static final double MAX_CONTROL_SHARE = 0.1;

	private SourceTexts() {
	}

	public static SourceText read(Path path) {
		String fileName = path.getFileName().toString();
		try {
			return of(fileName, Files.readAllBytes(path));
		}
		catch (IOException ex) {
			throw new ImportException(fileName, null, "cannot read the file: " + ex.getMessage(), ex);
		}
	}

	public static SourceText of(String fileName, byte[] bytes) {
		for (byte b : bytes) {
			if (b == 0) {
				throw new ImportException(fileName, null, "not a text file");
			}
		}
		String content = decode(fileName, bytes);
		if (content.startsWith("\uFEFF")) {
			content = content.substring(1);
		}
		if (content.isBlank()) {
			throw new ImportException(fileName, null, "file is empty");
		}
		if (controlShare(content) > MAX_CONTROL_SHARE) {
			throw new ImportException(fileName, null, "not a text file");
		}
		List<String> lines = new ArrayList<>(Arrays.asList(content.split("\r?\n", -1)));
		if (lines.get(lines.size() - 1).isEmpty()) {
			lines.remove(lines.size() - 1);
		}
		return new SourceText(fileName, lines);
	}

	private static String decode(String fileName, byte[] bytes) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length + 1);
		CoderResult result = decoder.decode(in, out, true);
		if (result.isError()) {
			int at = in.position();
			throw new ImportException(fileName, lineAt(bytes, at),
					String.format("not valid UTF-8: byte 0x%02X at offset %d", bytes[at] & 0xFF, at));
		}
		decoder.flush(out);
		out.flip();
		return out.toString();
	}

	private static int lineAt(byte[] bytes, int offset) {
		int line = 1;
		for (int i = 0; i < offset; i++) {
			if (bytes[i] == '\n') {
				line++;
			}
		}
		return line;
	}

	private static double controlShare(String content) {
		long control = content.chars()
			.filter((c) -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f')
			.count();
		return (double) control / content.length();
	}

}
