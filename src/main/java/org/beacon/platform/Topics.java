package org.beacon.platform;

/** The Kafka topics between Beacon's stages (see DESIGN.md). Retry and dead-letter topics add a suffix. */
public final class Topics {

	/** AdvisoryChanged, keyed by ISO country code: advisories to broadcast. */
	public static final String ADVISORY_CHANGES = "beacon.advisory-changes";

	/** AlertIssued and AlertCancelled, keyed by alert id: broadcast to fanout. */
	public static final String ALERTS = "beacon.alerts";

	/**
	 * The priority lane of {@link #ALERTS}: EXTREME and SEVERE alerts, with consumers of their own, so they never wait
	 * behind a routine alert fanning out to a million people. The delivery topics have their lanes too.
	 */
	public static final String URGENT_ALERTS = "beacon.alerts.urgent";

	/**
	 * Shards of one alert's audience (FanOutShard), keyed by alert and shard: the fan-out to its own shard consumers,
	 * which walk the shards of a large alert at once.
	 */
	public static final String FANOUT_SHARDS = "beacon.fanout.shards";

	/** The priority lane of {@link #FANOUT_SHARDS}. */
	public static final String URGENT_FANOUT_SHARDS = "beacon.fanout.shards.urgent";

	/** The priority lane of {@link #SMS_DELIVERIES}. */
	public static final String URGENT_SMS_DELIVERIES = "beacon.deliveries.sms.urgent";

	/** The priority lane of {@link #EMAIL_DELIVERIES}. */
	public static final String URGENT_EMAIL_DELIVERIES = "beacon.deliveries.email.urgent";

	/** One SMS job per recipient, keyed by subscriber id: fanout to the SMS worker. */
	public static final String SMS_DELIVERIES = "beacon.deliveries.sms";

	/** One email job per recipient, keyed by subscriber id: fanout to the email worker. */
	public static final String EMAIL_DELIVERIES = "beacon.deliveries.email";

	/**
	 * Jobs of {@link #SMS_DELIVERIES} that failed transiently; their listener retries them with growing delays
	 * (its own retry topics add {@link #RETRY_SUFFIX}), then dead-letters them.
	 */
	public static final String SMS_RETRIES = SMS_DELIVERIES + ".retries";

	/** Transient failures of {@link #URGENT_SMS_DELIVERIES}, kept apart from routine ones. */
	public static final String URGENT_SMS_RETRIES = URGENT_SMS_DELIVERIES + ".retries";

	/** Jobs of {@link #EMAIL_DELIVERIES} that failed transiently. */
	public static final String EMAIL_RETRIES = EMAIL_DELIVERIES + ".retries";

	/** Transient failures of {@link #URGENT_EMAIL_DELIVERIES}. */
	public static final String URGENT_EMAIL_RETRIES = URGENT_EMAIL_DELIVERIES + ".retries";

	/**
	 * Providers' final delivery reports, keyed by the provider's message id so one message's reports stay in order:
	 * the status webhooks (API) to the ledger's report listener (workers).
	 */
	public static final String DELIVERY_REPORTS = "beacon.deliveries.reports";

	/** Reports of {@link #DELIVERY_REPORTS} whose batch the database refused; each is retried on its own. */
	public static final String DELIVERY_REPORT_RETRIES = DELIVERY_REPORTS + ".retries";

	/** Email verification and sign-in links to send (ChallengeIssued), keyed by subscriber id: subscribers to email. */
	public static final String EMAIL_CHALLENGES = "beacon.challenges.email";

	/** SMS verification codes to send (ChallengeIssued), keyed by subscriber id: subscribers to the SMS worker. */
	public static final String SMS_CHALLENGES = "beacon.challenges.sms";

	/**
	 * Citizens' answers to check-ins ("are you safe?"), keyed by check-in id: the SMS webhook, email links and voice
	 * gathers (through the outbox) to the tally, the help queue, escalation and the relay to emergency contacts.
	 */
	public static final String CHECKIN_RESPONSES = "beacon.checkin.responses";

	/**
	 * A check-in's next escalation wave is due (CheckInWaveDue), keyed by check-in id: the check-ins' schedule,
	 * through the outbox, to the fan-out, which asks those who have not answered again.
	 */
	public static final String CHECKIN_WAVES = "beacon.checkin.waves";

	/**
	 * A trip's briefing is due (BriefingDue), keyed by subscriber id: the briefings' schedule, through the outbox, to
	 * the fan-out, which writes its ledger rows and queues its jobs on the routine lane of the delivery topics.
	 */
	public static final String BRIEFINGS = "beacon.briefings";

	/**
	 * Calls to place (a check-in's escalation), keyed by subscriber id: the fan-out to the voice worker. Calls take no
	 * priority lane: every one of them is a check-in's.
	 */
	public static final String VOICE_DELIVERIES = "beacon.deliveries.voice";

	/** Calls of {@link #VOICE_DELIVERIES} that failed for a passing reason, each tried again with a growing delay. */
	public static final String VOICE_RETRIES = VOICE_DELIVERIES + ".retries";

	/** Suffix of the retry topics, followed by the attempt index. */
	public static final String RETRY_SUFFIX = ".retry";

	/** Suffix of the dead-letter topics. */
	public static final String DLT_SUFFIX = ".dlt";

	private Topics() {
	}
}
