package se.kommunkollen.importer;

/**
 * Reads one shape of report (Kommunkompassen evaluation, delårsrapport,
 * verksamhetsberättelse, bokslut). Parsers recognise their shape from the content, never
 * from the file name, and contain no municipality names, line numbers or figures of
 * particular documents.
 */
public interface ReportParser {

	/** Whether the text has this parser's shape. */
	boolean canParse(SourceText text);

	/**
	 * @throws ImportException when the text cannot be read whole (a truncated table, a
	 * number that does not parse); the message names the file and the line
	 */
	ParsedReport parse(SourceText text);

}
