package se.kommunkollen.goal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counts of goals by normalised assessment, per municipality, in one query for many
 * municipalities.
 */
@Repository
class GoalStatistics {

	private final JdbcClient jdbc;

	GoalStatistics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Map<String, List<AssessmentCount>> countsByMunicipality(Collection<String> municipalityIds) {
		Map<String, Map<AssessmentLevel, Tally>> tallies = new LinkedHashMap<>();
		if (!municipalityIds.isEmpty()) {
			this.jdbc.sql("""
					SELECT r.municipality_id, g.assessment_level, g.assessment_label, COUNT(*) AS goals
					FROM goal g JOIN report r ON r.id = g.report_id
					WHERE r.municipality_id IN (:ids)
					GROUP BY r.municipality_id, g.assessment_level, g.assessment_label
					ORDER BY r.municipality_id, g.assessment_level, g.assessment_label
					""").param("ids", municipalityIds).query((rs, rowNum) -> {
				Tally tally = tallies.computeIfAbsent(rs.getString(1), (id) -> new EnumMap<>(AssessmentLevel.class))
					.computeIfAbsent(AssessmentLevel.valueOf(rs.getString(2)), (level) -> new Tally());
				tally.count += rs.getInt(4);
				String label = rs.getString(3);
				if (label != null) {
					tally.labels.add(label);
				}
				return null;
			}).list();
		}
		Map<String, List<AssessmentCount>> result = new LinkedHashMap<>();
		tallies.forEach((municipality, byLevel) -> {
			List<AssessmentCount> counts = new ArrayList<>();
			byLevel.forEach(
					(level, tally) -> counts.add(new AssessmentCount(level, tally.count, List.copyOf(tally.labels))));
			result.put(municipality, counts);
		});
		return result;
	}

	private static final class Tally {

		private int count;

		private final Set<String> labels = new LinkedHashSet<>();

	}

}
