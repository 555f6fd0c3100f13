package org.beacon.delivery.reconcile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.beacon.delivery.DeliveryFailure;
import org.beacon.delivery.SentMessages;
import org.beacon.ledger.InDoubtDeliveries.InDoubt;
import org.beacon.platform.Masking;
import org.beacon.subscribers.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What became of each in-doubt delivery, as far as its provider can tell:
 * <ul>
 * <li>its provider's answer was recorded ({@code provider_id}): taken;</li>
 * <li>an SMS whose provider can be asked ({@link SentMessages}: Twilio's Messages list): taken when the provider has
 * a message of the alert's words to that number since the claim, else never taken — sent again;</li>
 * <li>an email: sent again. No SMTP relay can be asked what it took, and a second copy of an alert beats a missed
 * evacuation warning;</li>
 * <li>an SMS whose provider has no lookup (Amazon SNS keeps no queryable record of what it published): sent again,
 * for the same reason. The window is the few messages in flight when a worker died, a duplicate SMS costs a
 * citizen a second look at the same words, and a missing one may cost them the warning to leave; giving up instead
 * would make a crash silent, which Beacon must never be.</li>
 * </ul>
 * A provider that cannot be asked now, or an alert whose words were not kept, leaves the row in doubt: asked again
 * next round, until the ledger's lease records it as outcome-unknown.
 */
final class Verdicts {

	private static final Logger log = LoggerFactory.getLogger(Verdicts.class);

	/** The provider of SMS rows claimed before the ledger recorded providers: Twilio was the only one. */
	static final String FIRST_SMS_PROVIDER = "twilio";

	/** What became of one delivery. */
	record Verdict(InDoubt row, Outcome outcome, String providerId) {
	}

	enum Outcome {
		TAKEN, NEVER_TAKEN, IN_DOUBT
	}

	private final Map<String, SentMessages> lookups = new HashMap<>();

	private final Function<UUID, Set<String>> smsTexts;

	private final ReconcileProperties properties;

	/**
	 * @param smsTexts the SMS texts an alert's jobs may carry; empty when unknown
	 */
	Verdicts(List<SentMessages> lookups, Function<UUID, Set<String>> smsTexts, ReconcileProperties properties) {
		lookups.forEach(lookup -> this.lookups.put(lookup.provider(), lookup));
		this.smsTexts = smsTexts;
		this.properties = properties;
	}

	Verdict of(InDoubt row) {
		if (row.providerId() != null) {
			return new Verdict(row, Outcome.TAKEN, row.providerId());
		}
		if (row.destination() == null || row.channel() == Channel.EMAIL) {
			return new Verdict(row, Outcome.NEVER_TAKEN, null);
		}
		if (row.channel() == Channel.VOICE) {
			// Twilio's call list cannot tell Beacon's calls apart by what they say: rather than ring a phone twice,
			// the row stays in doubt until the sweeper records its outcome as unknown.
			return new Verdict(row, Outcome.IN_DOUBT, null);
		}
		SentMessages lookup = lookups.get(row.provider() == null ? FIRST_SMS_PROVIDER : row.provider());
		if (lookup == null) {
			return new Verdict(row, Outcome.NEVER_TAKEN, null);
		}
		Set<String> texts = smsTexts.apply(row.alertId());
		if (texts.isEmpty()) {
			return new Verdict(row, Outcome.IN_DOUBT, null);
		}
		try {
			Optional<String> taken = lookup.find(row.destination(), texts,
					row.claimedAt().minus(properties.clockSkew()));
			return taken.map(id -> new Verdict(row, Outcome.TAKEN, id))
				.orElseGet(() -> new Verdict(row, Outcome.NEVER_TAKEN, null));
		}
		catch (DeliveryFailure failure) {
			log.warn("Could not ask {} about delivery {} to {}; asked again later: {}", lookup.provider(),
					row.deliveryId(), Masking.phone(row.destination()), failure.getMessage());
			return new Verdict(row, Outcome.IN_DOUBT, null);
		}
	}
}
