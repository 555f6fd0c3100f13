package org.beacon.delivery;

import java.util.Locale;

import org.beacon.platform.Masking;
import org.beacon.subscribers.Channel;

/**
 * A provider did not take a message. Permanent failures (an invalid number, a rejected address) are recorded at
 * once; transient ones (rate limited, provider down, timeouts) are retried.
 *
 * @see ProviderOutcomes
 */
public class DeliveryFailure extends RuntimeException {

	private final boolean permanent;

	private final String code;

	/**
	 * @param detail the provider's words; phone numbers and addresses in it are masked, since this message is logged
	 * @param cause a local failure (connection, timeout); never a provider answer, whose text may name the recipient
	 */
	public DeliveryFailure(boolean permanent, String code, String detail, Throwable cause) {
		super(code + ": " + Masking.text(detail), cause);
		this.permanent = permanent;
		this.code = code;
	}

	/**
	 * A failure on Beacon's side of a channel's calls (its provider's circuit paused them, the worker is stopping):
	 * always transient, coded after the channel ({@code sms:circuit-open}).
	 */
	public static DeliveryFailure local(Channel channel, String what, String detail, Throwable cause) {
		return new DeliveryFailure(false, channel.name().toLowerCase(Locale.ROOT) + ":" + what, detail, cause);
	}

	public boolean permanent() {
		return permanent;
	}

	/** The provider's code, prefixed by the provider: {@code twilio:21211}, {@code smtp:550}. */
	public String code() {
		return code;
	}
}
