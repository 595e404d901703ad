package se.kommunkollen.api;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import se.kommunkollen.importer.ReportWriter;
import se.kommunkollen.support.StatementCounter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No N+1: a query that walks every child list issues the same number of SQL statements
 * when the rows it returns grow tenfold, because every child field is loaded in one batch
 * per level. The walk asks for every record of every municipality (cost about 3.5 × 10⁹
 * by the documented list bounds, with the change trail's fields), far over the public
 * limit, so this test raises it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "kommunkollen.samples.import-on-empty=false", "spring.datasource.url=jdbc:h2:mem:batch-loading",
				"kommunkollen.api.max-cost=10000000000" })
@AutoConfigureHttpGraphQlTester
@Import(StatementCounter.class)
class BatchLoadingTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	ReportWriter writer;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	@Test
	void statementCountStaysTheSameWhenRowsGrowTenfold() {
		int[] small = statementsAndRows(1);
		int[] large = statementsAndRows(10);
		assertThat(large[1]).as("rows returned").isGreaterThanOrEqualTo(10 * small[1]);
		assertThat(large[0]).as("SQL statements for %d rows (was %d for %d rows)", large[1], small[0], small[1])
			.isEqualTo(small[0]);
	}

	/**
	 * @return statements issued and leaf rows returned by the walk over everything
	 */
	private int[] statementsAndRows(int copies) {
		new FixtureLoader(this.writer, this.transaction, this.jdbc).load(copies);
		StatementCounter.reset();
		int rows = this.graphQl.documentName("everything")
			.execute()
			.path("municipalities[*].reports[*].financialStatements[*].rows[*].values")
			.entityList(Object.class)
			.get()
			.size();
		return new int[] { StatementCounter.count(), rows };
	}

}
