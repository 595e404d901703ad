package se.kommunkollen.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.GraphQLContext;
import org.junit.jupiter.api.Test;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

class ReportCacheTest {

	private final DataVersion dataVersion = mock(DataVersion.class);

	private final CountingPart part = new CountingPart(1000);

	@Test
	void partsOfMissingReportsAreReadTogetherOnceAndThenServedFromMemory() {
		ReportCache cache = cache(DataSize.ofMegabytes(1));
		given(this.dataVersion.read()).willReturn(1L);

		assertThat(cache.get(this.part, List.of("a", "b", "a"), new GraphQLContext.Builder().build()))
			.containsExactly(Map.entry("a", "a@1"), Map.entry("b", "b@1"));
		assertThat(cache.get(this.part, List.of("b", "c"), new GraphQLContext.Builder().build()))
			.containsExactly(Map.entry("b", "b@1"), Map.entry("c", "c@1"));

		assertThat(this.part.loads).containsExactly(List.of("a", "b"), List.of("c"));
	}

	@Test
	void aNewDataVersionIsReadAgainAndTheOlderPartsAreDropped() {
		ReportCache cache = cache(DataSize.ofMegabytes(1));
		given(this.dataVersion.read()).willReturn(1L);
		cache.get(this.part, List.of("a", "b"), new GraphQLContext.Builder().build());

		given(this.dataVersion.read()).willReturn(2L);
		assertThat(cache.get(this.part, List.of("a"), new GraphQLContext.Builder().build()))
			.containsExactly(Map.entry("a", "a@2"));

		assertThat(this.part.loads).containsExactly(List.of("a", "b"), List.of("a"));
		assertThat(cache.size()).as("only the new version's part is held").isEqualTo(1);
	}

	@Test
	void oneRequestReadsTheDataVersionOnce() {
		ReportCache cache = cache(DataSize.ofMegabytes(1));
		given(this.dataVersion.read()).willReturn(1L);
		GraphQLContext request = new GraphQLContext.Builder().build();
		cache.get(this.part, List.of("a"), request);

		given(this.dataVersion.read()).willReturn(2L);
		assertThat(cache.get(this.part, List.of("a"), request)).as("the same request keeps its version")
			.containsExactly(Map.entry("a", "a@1"));
		assertThat(cache.get(this.part, List.of("a"), new GraphQLContext.Builder().build()))
			.as("the next request reads the new one")
			.containsExactly(Map.entry("a", "a@2"));
	}

	@Test
	void partsOverTheBoundAreEvicted() {
		// room for about three parts of 1000 bytes
		ReportCache cache = cache(DataSize.ofBytes(3500));
		given(this.dataVersion.read()).willReturn(1L);
		for (String report : List.of("a", "b", "c", "d", "e", "f", "g", "h")) {
			cache.get(this.part, List.of(report), new GraphQLContext.Builder().build());
		}
		assertThat(cache.size()).isBetween(1L, 3L);
	}

	private ReportCache cache(DataSize maxBytes) {
		given(this.dataVersion.ofRequest(org.mockito.ArgumentMatchers.any()))
			.willAnswer((invocation) -> invocation.<GraphQLContext>getArgument(0)
				.computeIfAbsent(DataVersion.class, (key) -> this.dataVersion.read()));
		return new ReportCache(new ReportCacheProperties(maxBytes, 20_000), this.dataVersion,
				mock(PlatformTransactionManager.class));
	}

	/** Names each report's part "id@version" and remembers the reports of each load. */
	private final class CountingPart implements ReportPart<String> {

		private final long bytes;

		private final List<List<String>> loads = new ArrayList<>();

		CountingPart(long bytes) {
			this.bytes = bytes;
		}

		@Override
		public Map<String, String> load(Collection<String> reportIds) {
			this.loads.add(List.copyOf(reportIds));
			long version = ReportCacheTest.this.dataVersion.read();
			Map<String, String> parts = new LinkedHashMap<>();
			reportIds.forEach((id) -> parts.put(id, id + "@" + version));
			return parts;
		}

		@Override
		public long bytes(String part) {
			return this.bytes;
		}

	}

}
