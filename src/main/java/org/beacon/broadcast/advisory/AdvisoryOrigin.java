package org.beacon.broadcast.advisory;

import org.springframework.modulith.NamedInterface;

/**
 * The advisory change an automatic alert answers.
 *
 * @param posture the departure posture the alert announces
 * @param change the change's identity (country and time), unique among alerts
 * @param reviewReason why policy held the alert for review, when it did
 */
@NamedInterface("advisory")
public record AdvisoryOrigin(String country, int previousLevel, int level, String posture, String change,
		String reviewReason) {
}
