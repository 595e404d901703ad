package se.kommunkollen.importer;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * Hands a report to the one parser that recognises its shape.
 */
@Component
public class ReportDetector {

	static final String UNKNOWN_KIND = "unknown kind of report: expected a Kommunkompassen evaluation, a delårsrapport, a verksamhetsberättelse or a bokslut";

	private final List<ReportParser> parsers;

	public ReportDetector(List<ReportParser> parsers) {
		this.parsers = List.copyOf(parsers);
	}

	/**
	 * @throws ImportException when no parser or more than one recognises the text, or
	 * when the chosen parser cannot read it
	 */
	public ParsedReport parse(SourceText text) {
		if (text.lines().stream().allMatch(String::isBlank)) {
			throw new ImportException(text.fileName(), null, "file is empty");
		}
		List<ReportParser> matching = this.parsers.stream().filter((parser) -> parser.canParse(text)).toList();
		if (matching.isEmpty()) {
			throw new ImportException(text.fileName(), null, UNKNOWN_KIND);
		}
		if (matching.size() > 1) {
			String names = matching.stream()
				.map((parser) -> parser.getClass().getSimpleName())
				.collect(Collectors.joining(", "));
			throw new ImportException(text.fileName(), null, "ambiguous kind of report: recognised by " + names);
		}
		return matching.get(0).parse(text);
	}

}
