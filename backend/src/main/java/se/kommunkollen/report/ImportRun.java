package se.kommunkollen.report;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One import of a report file. Counts are kept as text ("goal=12\nindicator=8") so that
 * the history reads the same on every database.
 */
@Table("import_run")
public record ImportRun(@Id Long id, String reportId, String fileName, String checksum, String previousChecksum,
		ImportOutcome outcome, @Column("counts") String countsText,
		@Column("previous_counts") String previousCountsText, OffsetDateTime importedAt) {

	public enum ImportOutcome {

		CREATED, REPLACED, UNCHANGED

	}

	public record EntityCount(String entity, int count) {
	}

	public record EntityCountChange(String entity, int before, int after) {
	}

	public static String formatCounts(Map<String, Integer> counts) {
		StringBuilder text = new StringBuilder();
		counts.forEach((entity, count) -> text.append(entity).append('=').append(count).append('\n'));
		return text.toString();
	}

	public static Map<String, Integer> parseCounts(String text) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		if (text != null) {
			text.lines().filter((line) -> line.contains("=")).forEach((line) -> {
				int split = line.indexOf('=');
				counts.put(line.substring(0, split), Integer.parseInt(line.substring(split + 1)));
			});
		}
		return counts;
	}

	public List<EntityCount> counts() {
		return parseCounts(this.countsText).entrySet()
			.stream()
			.map((entry) -> new EntityCount(entry.getKey(), entry.getValue()))
			.toList();
	}

	public List<EntityCountChange> changes() {
		if (this.previousCountsText == null) {
			return List.of();
		}
		Map<String, Integer> before = parseCounts(this.previousCountsText);
		Map<String, Integer> after = parseCounts(this.countsText);
		List<EntityCountChange> changes = new ArrayList<>();
		for (String entity : after.keySet()) {
			int was = before.getOrDefault(entity, 0);
			int now = after.get(entity);
			if (was != now) {
				changes.add(new EntityCountChange(entity, was, now));
			}
		}
		return changes;
	}

}
