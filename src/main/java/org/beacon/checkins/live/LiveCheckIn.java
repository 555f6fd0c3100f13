package org.beacon.checkins.live;

import org.beacon.checkins.CheckInView;

/**
 * What a check-in's page is sent over Server-Sent Events (event {@code tally}): the check-in with its counts, and its
 * chart as the page draws it.
 */
public record LiveCheckIn(CheckInView checkIn, AnswerChart chart) {

	public static LiveCheckIn of(CheckInView checkIn) {
		return new LiveCheckIn(checkIn, AnswerChart.of(checkIn));
	}
}
