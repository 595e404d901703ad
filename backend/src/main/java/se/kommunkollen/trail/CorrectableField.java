package se.kommunkollen.trail;

/** What of a record a correction changes. */
public enum CorrectableField {

	/** A figure: an indicator's value or a financial table's cell. */
	VALUE,

	/** The normalised assessment of a goal or an area. */
	ASSESSMENT,

	/** The normalised status of a commitment or an initiative. */
	STATUS,

	/** The normalised result of an internal control. */
	RESULT,

	/** The unit of an indicator or of a financial table. */
	UNIT,

	/** The title of a goal or an initiative. */
	TITLE,

	/** The name of an indicator or an area. */
	NAME,

	/** The text of a commitment. */
	TEXT

}
