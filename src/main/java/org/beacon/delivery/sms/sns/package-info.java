/**
 * Everything Beacon knows about Amazon SNS, its second SMS provider, beside its client: the sender on the official AWS
 * SDK for Java v2 ({@code SnsSmsSender}, {@code Publish} to a phone number as a transactional SMS, one attempt per
 * call, Beacon retries) and its error codes and what each means ({@code SnsErrorCodes}). SNS sends no per-message
 * delivery callbacks (their status goes to CloudWatch Logs), so there is no webhook here.
 * <p>
 * May not: hold a transaction open across a call to SNS.
 */
package org.beacon.delivery.sms.sns;
