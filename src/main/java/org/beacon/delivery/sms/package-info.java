/**
 * The SMS channel: {@code SmsWorker} reads {@code beacon.deliveries.sms} (its own record type, {@code SmsDelivery})
 * and delivers through the port {@code SmsSender}; {@code ChallengeTexter} sends verification codes. Which provider
 * sends is the adapter's business ({@code twilio}).
 * <p>
 * May not: know a provider's wire format or codes.
 */
package org.beacon.delivery.sms;
