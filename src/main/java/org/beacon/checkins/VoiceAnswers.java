package org.beacon.checkins;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.beacon.checkins.store.CheckIn;
import org.beacon.checkins.store.CheckInStore;
import org.springframework.stereotype.Service;

/**
 * Reads the key a citizen pressed during a check-in's call: {@code 1} safe, {@code 2} need help, recorded while the
 * check-in is open. The call names the check-in and the citizen itself (its answer URL, authenticated by the
 * provider's signature), so no lookup by number is needed.
 */
@Service
public class VoiceAnswers {

	/** What the key meant. */
	public enum Heard {
		SAFE, NEED_HELP,
		/** No key, or another: the question is asked again, nothing is recorded. */
		UNCLEAR,
		/** The check-in had ended or is unknown: nothing is recorded. */
		CLOSED
	}

	/**
	 * What was heard, and whom to call for help.
	 *
	 * @param postName the post that asked
	 * @param emergencyPhone its emergency number
	 */
	public record Outcome(Heard heard, String postName, String emergencyPhone) {
	}

	private final CheckInStore checkIns;

	private final SafetyAnswers answers;

	private final EmergencyLines lines;

	private final Clock clock;

	VoiceAnswers(CheckInStore checkIns, SafetyAnswers answers, EmergencyLines lines, Clock clock) {
		this.checkIns = checkIns;
		this.answers = answers;
		this.lines = lines;
		this.clock = clock;
	}

	/** @param digits what the provider gathered; null or empty when nothing was pressed */
	public Outcome answer(UUID checkInId, UUID subscriberId, String digits) {
		CheckIn checkIn = checkIns.find(checkInId).orElse(null);
		if (checkIn == null) {
			return new Outcome(Heard.CLOSED, "the U.S. Department of State", EmergencyLines.OVERSEAS_CITIZEN_SERVICES);
		}
		String post = lines.post(checkIn).name();
		String phone = lines.phone(checkIn);
		if (!checkIn.open(clock.instant())) {
			return new Outcome(Heard.CLOSED, post, phone);
		}
		String key = digits == null ? "" : digits.strip();
		if (!key.equals("1") && !key.equals("2")) {
			return new Outcome(Heard.UNCLEAR, post, phone);
		}
		SafetyAnswer answer = key.equals("1") ? SafetyAnswer.SAFE : SafetyAnswer.NEED_HELP;
		answers.record(checkInId, List.of(subscriberId), answer, AnswerChannel.VOICE, null);
		return new Outcome(answer == SafetyAnswer.SAFE ? Heard.SAFE : Heard.NEED_HELP, post, phone);
	}
}
