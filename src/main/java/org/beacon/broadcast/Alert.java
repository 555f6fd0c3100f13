package org.beacon.broadcast;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.beacon.subscribers.Channel;

/** A stored alert. */
record Alert(UUID id, AlertType type, Severity severity, String title, String body, String smsText,
		List<String> countries, List<String> regions, Set<Channel> channels, String postId, String issuedBy,
		Instant issuedAt) {

	AlertIssued issued(String sender) {
		return new AlertIssued(id, type, severity, title, body, smsText, countries, regions,
				channels.stream().map(Enum::name).sorted().toList(), postId, sender, issuedAt);
	}
}
