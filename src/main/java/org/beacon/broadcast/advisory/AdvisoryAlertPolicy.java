package org.beacon.broadcast.advisory;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What an advisory change does. A raise, or a new authorized or ordered departure, is issued at once: delay costs
 * safety. A steep lowering, or any lowering from the top level, is held for staff to review, because feeds glitch
 * (a Level 4 country listed one day as Level 1) and telling citizens in danger to relax is the worst error.
 * Changes of wording or risk indicators alone send nothing.
 *
 * @param holdLoweringOf hold a lowering of this many levels or more
 * @param holdLoweringFrom hold any lowering from this level
 */
@Validated
@ConfigurationProperties("beacon.advisories.alerts")
record AdvisoryAlertPolicy(@Min(1) @Max(3) @DefaultValue("2") int holdLoweringOf,
		@Min(2) @Max(4) @DefaultValue("4") int holdLoweringFrom) {

	enum Decision {
		ISSUE, HOLD, NOTHING
	}

	record Verdict(Decision decision, String reason) {
	}

	/**
	 * @param fromLevel the level citizens were last told of (before any change still held for review)
	 */
	Verdict judge(int fromLevel, int toLevel, String fromPosture, String toPosture) {
		if (rank(toPosture) > rank(fromPosture)) {
			return new Verdict(Decision.ISSUE, "new " + toPosture.toLowerCase().replace('_', ' '));
		}
		if (toLevel > fromLevel) {
			return new Verdict(Decision.ISSUE, "level raised from " + fromLevel + " to " + toLevel);
		}
		if (toLevel < fromLevel) {
			if (fromLevel >= holdLoweringFrom || fromLevel - toLevel >= holdLoweringOf) {
				return new Verdict(Decision.HOLD, "level lowered from " + fromLevel + " to " + toLevel
						+ ": held for review in case the feed is wrong");
			}
			return new Verdict(Decision.ISSUE, "level lowered from " + fromLevel + " to " + toLevel);
		}
		return new Verdict(Decision.NOTHING, "no change of level or departure posture");
	}

	private static int rank(String posture) {
		return switch (posture == null ? "NONE" : posture) {
			case "ORDERED_DEPARTURE" -> 2;
			case "AUTHORIZED_DEPARTURE" -> 1;
			default -> 0;
		};
	}
}
