package se.kommunkollen.importer;

/**
 * An import that cannot land: says what is wrong and where (file and line).
 */
public class ImportException extends RuntimeException {

	private final String fileName;

	private final Integer line;

	public ImportException(String fileName, Integer line, String problem) {
		super(format(fileName, line, problem));
		this.fileName = fileName;
		this.line = line;
	}

	public ImportException(String fileName, Integer line, String problem, Throwable cause) {
		super(format(fileName, line, problem), cause);
		this.fileName = fileName;
		this.line = line;
	}

	private static String format(String fileName, Integer line, String problem) {
		return (line != null) ? fileName + ":" + line + ": " + problem : fileName + ": " + problem;
	}

	public String fileName() {
		return this.fileName;
	}

	public Integer line() {
		return this.line;
	}

}
