package org.beacon.broadcast;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import org.beacon.subscribers.Channel;
import org.junit.jupiter.api.Test;

/** A submission's digest names the alert asked for, whatever the request's spelling. */
class SubmissionTests {

	@Test
	void theSameExpiryWrittenInAnotherOffsetHasTheSameDigest() {
		Instant utc = Instant.parse("2026-12-10T13:00:00Z");
		Instant paris = OffsetDateTime.parse("2026-12-10T14:00:00+01:00").toInstant();

		assertThat(Submission.digest(request(utc))).isEqualTo(Submission.digest(request(paris)));
		assertThat(Submission.digest(request(utc))).isNotEqualTo(Submission.digest(request(utc.plusSeconds(60))));
	}

	@Test
	void aRequestWithoutLifetimeFieldsDigestsAsBeforeTheyExisted() throws Exception {
		// The canonical form of a request of the earlier shape: no effective, expires or arrivingWithinDays key, so a
		// key stored before the upgrade still matches a retry after it.
		String earlier = "{\"area\":{\"circles\":[],\"countries\":[\"ML\"],\"polygons\":[],\"regions\":[]},"
				+ "\"body\":\"Stay indoors.\",\"channels\":[\"EMAIL\",\"SMS\"],\"severity\":\"SEVERE\","
				+ "\"smsText\":null,\"spanish\":null,\"title\":\"Curfew\",\"type\":\"SECURITY_ALERT\"}";
		String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
			.digest(earlier.getBytes(StandardCharsets.UTF_8)));

		assertThat(Submission.digest(request(null))).isEqualTo(expected);
	}

	private static IssueAlertRequest request(Instant expires) {
		return new IssueAlertRequest(AlertType.SECURITY_ALERT, Severity.SEVERE, "Curfew", "Stay indoors.", null,
				new IssueAlertRequest.Area(List.of("ML"), List.of()), Set.of(Channel.SMS, Channel.EMAIL), null, null,
				expires, null);
	}
}
