package org.beacon.fanout;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The fan-out's own reading of a record on {@code beacon.alerts}: the fields it needs, nothing more. Unknown fields
 * are ignored, so producers may add fields without breaking it.
 *
 * @param type {@code AlertIssued} or another record type on the topic
 */
record AlertRecord(String type, int schemaVersion, UUID alertId, String alertType, String severity, String title,
		String body, String smsText, List<String> countries, List<String> regions, List<String> channels,
		String sender, Instant issuedAt) {

	static final String ISSUED = "AlertIssued";
}
