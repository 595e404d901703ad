package se.kommunkollen.importer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.kommunkollen.api.cost.ListBounds;
import se.kommunkollen.importer.bokslut.BokslutParser;
import se.kommunkollen.importer.read.SampleTexts;
import se.kommunkollen.municipality.MunicipalityDirectory;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A report cannot hold more items in a list than the API's cost analysis counts for it,
 * so that a query's cost bounds the rows it reads.
 */
class ListBoundsCheckTest {

	private final ParsedReport sodertalje = new BokslutParser(new MunicipalityDirectory())
		.parse(SampleTexts.load(SampleTexts.SODERTALJE));

	@Test
	void theSamplesFitTheirBounds() {
		assertThatCode(() -> ListBoundsCheck.check("s.txt", this.sodertalje)).doesNotThrowAnyException();
	}

	@Test
	void aReportWithMoreGoalsThanTheBoundIsRefusedNamingTheListAndTheLine() {
		int bound = ListBounds.bound("Report", "goals");
		ParsedReport.Goal goal = this.sodertalje.goals().get(0);
		List<ParsedReport.Goal> goals = new ArrayList<>();
		for (int i = 0; i <= bound; i++) {
			goals.add(new ParsedReport.Goal("g" + i, null, null, goal.level(), goal.levelLabel(), goal.number(),
					goal.title(), goal.analysis(), goal.assessment(), goal.trend(),
					new ParsedReport.LineRange(1000 + i, 1000 + i)));
		}
		ParsedReport report = withGoals(goals);
		assertThatExceptionOfType(ImportException.class).isThrownBy(() -> ListBoundsCheck.check("big.txt", report))
			.withMessageStartingWith("big.txt:" + (1000 + bound) + ": ")
			.withMessageContaining(
					"Report.goals would hold " + (bound + 1) + " items; the API counts at most " + bound);
	}

	@Test
	void aTableWithMoreRowsThanTheBoundIsRefused() {
		int bound = ListBounds.bound("FinancialStatement", "rows");
		ParsedReport.Statement table = this.sodertalje.statements().get(0);
		List<ParsedReport.Row> rows = new ArrayList<>(Collections.nCopies(bound + 1, table.rows().get(0)));
		ParsedReport.Statement big = new ParsedReport.Statement(table.key(), table.kind(), table.title(), table.unit(),
				table.columns(), rows, table.lines());
		ParsedReport report = new ParsedReport(this.sodertalje.meta(), this.sodertalje.organisations(),
				this.sodertalje.areas(), this.sodertalje.goals(), this.sodertalje.indicators(),
				this.sodertalje.commitments(), this.sodertalje.initiatives(), this.sodertalje.internalControls(),
				List.of(big), this.sodertalje.evaluation(), this.sodertalje.warnings());
		assertThatExceptionOfType(ImportException.class).isThrownBy(() -> ListBoundsCheck.check("t.txt", report))
			.withMessageContaining("FinancialStatement.rows would hold " + (bound + 1) + " items")
			.withMessageStartingWith("t.txt:" + table.lines().start() + ": ");
	}

	private ParsedReport withGoals(List<ParsedReport.Goal> goals) {
		ParsedReport s = this.sodertalje;
		return new ParsedReport(s.meta(), s.organisations(), s.areas(), goals, s.indicators(), List.of(),
				s.initiatives(), s.internalControls(), s.statements(), s.evaluation(), s.warnings());
	}

}
