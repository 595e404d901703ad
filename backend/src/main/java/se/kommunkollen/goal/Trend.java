package se.kommunkollen.goal;

/** Direction of change compared with the previous period (trendpil). */
public enum Trend {

	BETTER, UNCHANGED, WORSE

}
