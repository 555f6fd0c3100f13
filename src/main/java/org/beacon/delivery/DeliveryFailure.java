package org.beacon.delivery;

/**
 * A provider did not take a message. Permanent failures (an invalid number, a rejected address) are recorded at
 * once; transient ones (rate limited, provider down, timeouts) are retried.
 *
 * @see ProviderOutcomes
 */
public class DeliveryFailure extends RuntimeException {

	private final boolean permanent;

	private final String code;

	public DeliveryFailure(boolean permanent, String code, String detail, Throwable cause) {
		super(code + ": " + detail, cause);
		this.permanent = permanent;
		this.code = code;
	}

	public boolean permanent() {
		return permanent;
	}

	/** The provider's code, prefixed by the provider: {@code twilio:21211}, {@code smtp:550}. */
	public String code() {
		return code;
	}
}
