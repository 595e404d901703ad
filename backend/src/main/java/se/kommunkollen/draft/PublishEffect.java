package se.kommunkollen.draft;

import se.kommunkollen.report.ImportRun.ImportOutcome;

/**
 * What publishing a draft does to the public reports: creates its report, replaces the
 * public version, or leaves it unchanged (the same file is public already).
 */
public enum PublishEffect {

	CREATE, REPLACE, UNCHANGED;

	static PublishEffect of(ImportOutcome outcome) {
		return switch (outcome) {
			case CREATED -> CREATE;
			case REPLACED -> REPLACE;
			case UNCHANGED -> UNCHANGED;
		};
	}

}
