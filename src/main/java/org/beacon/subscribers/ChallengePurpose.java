package org.beacon.subscribers;

import java.time.Duration;

/** What a secret sent to a citizen's contact point is for, how it travels and how long it is good for. */
public enum ChallengePurpose {

	/** A link that proves the citizen reads this email address (24 hours). */
	VERIFY_EMAIL(Channel.EMAIL, Duration.ofHours(24)),

	/** A 6-digit code that proves the citizen holds this phone (10 minutes, 5 attempts). */
	VERIFY_PHONE(Channel.SMS, Duration.ofMinutes(10)),

	/** A link that signs the citizen in to manage their enrollment (15 minutes). */
	SIGN_IN(Channel.EMAIL, Duration.ofMinutes(15)),

	/**
	 * A link in the notice that an enrollment left without a place will be deleted ({@link RetentionRule}): opening
	 * it keeps the enrollment and signs the citizen in. Emailed; it works until the deletion day (7 days by default,
	 * {@code beacon.subscribers.retention-notice}), which sets its expiry when it is issued.
	 */
	KEEP_BY_EMAIL(Channel.EMAIL, Duration.ofDays(7)),

	/** As {@link #KEEP_BY_EMAIL}, texted to a citizen who has a verified phone and no verified email address. */
	KEEP_BY_SMS(Channel.SMS, Duration.ofDays(7));

	/**
	 * How many digits a code sent by SMS has. Whatever shows messages a citizen received to someone else (the
	 * sandbox outbox) hides every run of this many digits.
	 */
	public static final int CODE_DIGITS = 6;

	private final Channel channel;

	private final Duration validFor;

	ChallengePurpose(Channel channel, Duration validFor) {
		this.channel = channel;
		this.validFor = validFor;
	}

	public Channel channel() {
		return channel;
	}

	/** How long it works, unless its issuer sets its expiry (keep links: until the deletion day). */
	public Duration validFor() {
		return validFor;
	}
}
