/**
 * Everything Beacon knows about Twilio, beside its client: the sender on the official SDK ({@code TwilioSmsSender},
 * one attempt per call, Beacon retries), the Messages list read for in-doubt deliveries ({@code TwilioSentMessages}),
 * its error codes and what each means ({@code TwilioErrorCodes}), its status
 * callbacks mapped to ledger statuses ({@code TwilioDeliveryReport}), and the signed webhooks ({@code TwilioWebhooks},
 * {@code TwilioSignatureCheck}: a missing or forged {@code X-Twilio-Signature} gets 403).
 * <p>
 * May not: hold a transaction open across a call to Twilio.
 */
package org.beacon.delivery.sms.twilio;
