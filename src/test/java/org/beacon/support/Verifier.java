package org.beacon.support;

/** Verifies a citizen's contact points after enrollment, the way the citizen would. */
@FunctionalInterface
public interface Verifier {

	/**
	 * @param token the enrollment's management token, which the API asks for with the SMS code
	 * @param email null when none was enrolled
	 * @param phone E.164, null when none was enrolled
	 */
	void verify(Api api, String subscriberId, String token, String email, String phone);
}
