package se.kommunkollen.goal;

/** Filter of Query.indicators; null fields match everything. */
public record IndicatorFilter(String municipality, String report, GoalLevel level, String goal, Integer year) {

	static final IndicatorFilter NONE = new IndicatorFilter(null, null, null, null, null);

}
