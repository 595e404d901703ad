package se.kommunkollen.importer.bokslut;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import se.kommunkollen.finance.ColumnKind;
import se.kommunkollen.finance.StatementKind;
import se.kommunkollen.importer.ImportException;
import se.kommunkollen.importer.ParsedReport;
import se.kommunkollen.importer.SourceText;
import se.kommunkollen.importer.read.ColumnKinds;
import se.kommunkollen.importer.read.MoneyUnit;
import se.kommunkollen.importer.read.StatementUnits;
import se.kommunkollen.importer.read.SumChecker;
import se.kommunkollen.importer.read.SwedishNumbers;
import se.kommunkollen.importer.read.TabTable;
import se.kommunkollen.importer.read.TableCells;
import se.kommunkollen.importer.read.TableRow;
import se.kommunkollen.municipality.MunicipalityDirectory;

/**
 * The financial tables of a bokslut. A table starts at a tab-separated header with at
 * least two column labels that are not numbers, followed by rows of which at least one
 * holds a number. A table printed as two sides (balansräkning: assets left, equity and
 * liabilities right, under the same column labels) becomes one statement: all left rows,
 * then all right rows. Rows whose label is in capitals and whose cells are all empty are
 * section headings ("INTÄKTER", "TILLGÅNGAR"); a section ends at its sum row.
 */
final class FinancialTables {

	private static final Pattern SUM_LABEL = Pattern.compile(
			"(?iu)(summa|s:a|totalt|total)\\b.*|.*\\btotalt|resultat|årets resultat totalt|verksamhetens nettokostnad");

	private static final int CAPTION_DISTANCE = 2;

	private static final int CAPTION_MAX_LENGTH = 100;

	private final SourceText text;

	private final List<ParsedReport.Statement> statements = new ArrayList<>();

	private final List<ParsedReport.Warning> warnings = new ArrayList<>();

	private final Set<String> keys = new HashSet<>();

	private FinancialTables(SourceText text) {
		this.text = text;
	}

	static FinancialTables read(SourceText text) {
		FinancialTables tables = new FinancialTables(text);
		for (int line = 1; line <= text.lineCount(); line++) {
			if (isHeader(text.line(line))) {
				TabTable table = untilNextTable(TabTable.readFrom(text, line));
				if (isFinancial(table) && table.rows().stream().anyMatch(FinancialTables::hasNumber)) {
					tables.add(line, table);
					line = table.lines().end();
				}
				else if (table.rows().isEmpty() && line + 1 > lastNonBlank(text)) {
					throw new ImportException(text.fileName(), line,
							"the table has no rows; the text ends after its header");
				}
			}
		}
		tables.addKeyFigures();
		return tables;
	}

	List<ParsedReport.Statement> statements() {
		return this.statements;
	}

	List<ParsedReport.Warning> warnings() {
		return this.warnings;
	}

	/**
	 * The table up to the next header, or up to a row after a blank line with another
	 * number of cells than the header: tables separated by a blank line only are two
	 * tables.
	 */
	private static TabTable untilNextTable(TabTable table) {
		List<TableRow> rows = new ArrayList<>();
		int previousLine = table.lines().start();
		for (TableRow row : table.rows()) {
			boolean afterGap = row.line() > previousLine + 1;
			boolean otherShape = row.cells().size() != table.header().size();
			if ((isHeaderCells(row.cells()) && !hasNumber(row)) || (afterGap && otherShape)) {
				break;
			}
			rows.add(row);
			previousLine = row.line();
		}
		int end = rows.isEmpty() ? table.lines().start() : rows.get(rows.size() - 1).line();
		return new TabTable(table.header(), rows, new ParsedReport.LineRange(table.lines().start(), end));
	}

	private static boolean isHeader(String line) {
		if (line.indexOf('\t') < 0) {
			return false;
		}
		return isHeaderCells(TabTable.cells(line));
	}

	private static boolean isHeaderCells(List<String> cells) {
		long labels = cells.stream()
			.skip(1)
			.filter((cell) -> !cell.isEmpty() && !SwedishNumbers.isNumber(cell))
			.count();
		return labels >= 2;
	}

	/**
	 * Whether the header has at least two columns of a financial kind (outcome, budget,
	 * balance …) or a money unit; a table of counts ("Antal") is no financial statement.
	 */
	private static boolean isFinancial(TabTable table) {
		List<String> header = table.header();
		long financial = header.stream()
			.skip(1)
			.filter((label) -> !label.isEmpty())
			.map(ColumnKinds::column)
			.filter((column) -> column.kind() != ColumnKind.OTHER)
			.count();
		return financial >= 2 || MoneyUnit.find(header.get(0)).isPresent();
	}

	private static boolean hasNumber(TableRow row) {
		return row.cells().stream().skip(1).anyMatch(SwedishNumbers::isNumber);
	}

	private void add(int headerLine, TabTable table) {
		String caption = caption(headerLine);
		List<String> header = table.header();
		String first = header.get(0);
		Optional<MoneyUnit> unit = MoneyUnit.find(first).or(() -> MoneyUnit.find(caption));
		String title = title(caption, first, header);
		StatementKind kind = kind(title, header);
		int split = rightSide(header);
		List<String> labels = (split > 0) ? header.subList(1, split) : header.subList(1, header.size());
		List<ParsedReport.Column> columns = ColumnKinds.inTable(labels.stream().map(ColumnKinds::column).toList());
		checkComplete(table, header.size(), title);
		List<ParsedReport.Row> rows = new ArrayList<>();
		if (split > 0) {
			rows.addAll(rows(table, 0, columns));
			rows.addAll(rows(table, split, columns));
		}
		else {
			rows.addAll(rows(table, 0, columns));
		}
		int start = (caption != null) ? captionLine(headerLine) : headerLine;
		columns = ColumnKinds.withDeviationSigns(columns, rows.stream().map(ParsedReport.Row::printed).toList());
		ParsedReport.Statement statement = new ParsedReport.Statement(key(title), kind, title,
				unit.map(MoneyUnit::printed).orElse(null), columns, rows,
				new ParsedReport.LineRange(start, table.lines().end()));
		statement = StatementUnits.resolve(this.text, statement, this.warnings);
		this.statements.add(statement);
		this.warnings.addAll(SumChecker.check(statement));
	}

	/**
	 * Blocks of label–value lines without a header ("Kostnader totalt 318 445", "K/I-tal
	 * 0,96"), each a statement of its own, in document order among the tables.
	 */
	private void addKeyFigures() {
		KeyFigureBlocks blocks = KeyFigureBlocks.read(this.text, this.statements);
		for (ParsedReport.Statement block : blocks.statements()) {
			this.statements.add(new ParsedReport.Statement(key(block.title()), block.kind(), block.title(),
					block.unit(), block.columns(), block.rows(), block.lines(), block.unitEvidence()));
		}
		this.statements.sort((a, b) -> Integer.compare(a.lines().start(), b.lines().start()));
		this.warnings.addAll(blocks.warnings());
	}

	/**
	 * Rows of the side whose label is in column {@code labelColumn}, values in the
	 * columns after it.
	 */
	private List<ParsedReport.Row> rows(TabTable table, int labelColumn, List<ParsedReport.Column> columns) {
		List<ParsedReport.Row> rows = new ArrayList<>();
		String section = null;
		for (TableRow row : table.rows()) {
			String label = row.cell(labelColumn);
			List<String> printed = new ArrayList<>();
			List<BigDecimal> values = new ArrayList<>();
			for (int i = 0; i < columns.size(); i++) {
				int cell = labelColumn + 1 + i;
				printed.add(row.cell(cell).isEmpty() ? null : row.cell(cell));
				values.add(value(row, cell, columns.get(i)));
			}
			boolean empty = values.stream().allMatch((v) -> v == null);
			if (label.isEmpty() && empty) {
				continue;
			}
			if (isSectionHeading(label, empty)) {
				section = sectionName(label);
				continue;
			}
			boolean sum = SUM_LABEL.matcher(label).matches();
			rows.add(new ParsedReport.Row(label, section, sum, values, printed, ParsedReport.LineRange.of(row.line())));
			if (sum && section != null && label.toLowerCase(Locale.ROOT).contains(section.toLowerCase(Locale.ROOT))) {
				section = null;
			}
		}
		return rows;
	}

	private BigDecimal value(TableRow row, int cell, ParsedReport.Column column) {
		if (column.kind() == ColumnKind.REFERENCE) {
			String printed = row.cell(cell);
			return SwedishNumbers.isNumber(printed) ? SwedishNumbers.parse(printed) : null;
		}
		return TableCells.number(this.text.fileName(), row, cell, column.label());
	}

	private static boolean isSectionHeading(String label, boolean empty) {
		return empty && !label.isEmpty() && label.equals(label.toUpperCase(Locale.ROOT))
				&& label.chars().anyMatch(Character::isLetter) && !SUM_LABEL.matcher(label).matches();
	}

	/** "EGET KAPITAL" → "Eget kapital". */
	private static String sectionName(String label) {
		String lower = label.toLowerCase(new Locale("sv"));
		return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
	}

	/** Rows with fewer cells than the header: the text was cut inside the table. */
	private void checkComplete(TabTable table, int headerCells, String title) {
		for (TableRow row : table.rows()) {
			if (row.cells().size() < headerCells && hasNumber(row)) {
				throw new ImportException(this.text.fileName(), row.line(), "table '" + title + "': row has "
						+ row.cells().size() + " cells, the header has " + headerCells + "; the table looks truncated");
			}
		}
	}

	/**
	 * The index where a second side starts: an empty header cell followed by the same
	 * labels as the first side; 0 when the table has one side.
	 */
	private static int rightSide(List<String> header) {
		for (int split = 2; split < header.size(); split++) {
			if (header.get(split).isEmpty()) {
				List<String> left = header.subList(1, split);
				List<String> right = header.subList(split + 1, header.size());
				if (left.equals(right)) {
					return split;
				}
			}
		}
		return 0;
	}

	/**
	 * A short line without tabs just above the header ("RESULTATRÄKNING 2020 (tkr)"), or
	 * null.
	 */
	private String caption(int headerLine) {
		int line = captionLine(headerLine);
		return (line > 0) ? this.text.line(line).trim() : null;
	}

	private int captionLine(int headerLine) {
		int line = headerLine - 1;
		while (line >= 1 && headerLine - line <= CAPTION_DISTANCE + 1 && this.text.line(line).isBlank()) {
			line--;
		}
		if (line < 1 || headerLine - line > CAPTION_DISTANCE) {
			return 0;
		}
		String content = this.text.line(line).trim();
		boolean heading = !content.contains("\t") && !content.isEmpty() && content.length() <= CAPTION_MAX_LENGTH
				&& !content.endsWith(".") && !content.endsWith(":");
		return heading ? line : 0;
	}

	private static String title(String caption, String firstHeaderCell, List<String> header) {
		String source = (caption != null) ? caption : firstHeaderCell;
		String title = withoutUnit(source);
		if (!title.isEmpty()) {
			return title;
		}
		return String.join(", ",
				header.subList(1, header.size()).stream().filter((c) -> !c.isEmpty()).distinct().toList());
	}

	private static String withoutUnit(String text) {
		if (text == null) {
			return "";
		}
		return text.replaceAll("\\((?i:mnkr|mnr|mkr|tkr|kr)\\)", "").replaceAll("\\s+", " ").trim();
	}

	private static StatementKind kind(String title, List<String> header) {
		String lower = title.toLowerCase(new Locale("sv"));
		if (lower.contains("resultaträkning")) {
			return StatementKind.INCOME_STATEMENT;
		}
		if (lower.contains("balansräkning")) {
			return StatementKind.BALANCE_SHEET;
		}
		if (lower.contains("investering")) {
			return StatementKind.INVESTMENT_ACCOUNT;
		}
		if (lower.contains("driftredovisning") || lower.contains("driftsredovisning")) {
			return StatementKind.OPERATING_ACCOUNT;
		}
		boolean perUnit = header.stream()
			.map((label) -> label.toLowerCase(new Locale("sv")))
			.anyMatch((label) -> label.contains("nettokostnad") || label.contains("kommunbidrag"));
		return perUnit ? StatementKind.OPERATING_ACCOUNT : StatementKind.OTHER;
	}

	private String key(String title) {
		String base = MunicipalityDirectory.slug(title);
		String key = base;
		for (int n = 2; !this.keys.add(key); n++) {
			key = base + "-" + n;
		}
		return key;
	}

	private static int lastNonBlank(SourceText text) {
		for (int line = text.lineCount(); line >= 1; line--) {
			if (!text.line(line).isBlank()) {
				return line;
			}
		}
		return 0;
	}

}
