/**
 * Settling in-doubt deliveries: rows a worker claimed and then died with (SIGKILL, the OOM killer, a lost node)
 * before it recorded its provider's answer. {@code InDoubtReconciler} holds them through the ledger, asks the
 * provider through the port {@link org.beacon.delivery.SentMessages} (Twilio's Messages list in {@code sms.twilio})
 * and records each as taken, or sends it again through the fan-out's jobs; {@code Verdicts} says which, channel by
 * channel and provider by provider.
 * <p>
 * May not: hold a transaction open while a provider is asked, or send anything itself.
 */
package org.beacon.delivery.reconcile;
