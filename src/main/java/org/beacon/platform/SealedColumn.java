package org.beacon.platform;

/**
 * The columns that hold a sealed contact point ({@link ContactPointCipher}). Each is its value's associated data, so
 * a value opens only in the column it was sealed for, and the resealing job walks each by its table's {@code id}.
 */
public enum SealedColumn {

	SUBSCRIBER_EMAIL("subscriber", "email_sealed"),

	SUBSCRIBER_PHONE("subscriber", "phone_sealed"),

	SUBSCRIBER_EMERGENCY_CONTACT_PHONE("subscriber", "emergency_contact_phone_sealed"),

	DELIVERY_DESTINATION("delivery", "destination_sealed"),

	CONTACT_CHALLENGE_DESTINATION("contact_challenge", "destination_sealed"),

	/** The phone that works, given in a check-in's help form (V53). */
	SAFETY_REPORT_CALLBACK_PHONE("safety_report", "callback_phone_sealed");

	private final String table;

	private final String column;

	SealedColumn(String table, String column) {
		this.table = table;
		this.column = column;
	}

	public String table() {
		return table;
	}

	public String column() {
		return column;
	}

	/** What a sealed value is bound to: {@code table.column}. */
	String associatedData() {
		return table + "." + column;
	}
}
