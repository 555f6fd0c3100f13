/**
 * Bounces and complaints, which come back after the relay took an email: {@code BouncePoller} reads the bounce
 * mailbox over IMAP ({@code BounceMailbox}, settings {@code BounceProperties}, {@code beacon.delivery.bounces}),
 * {@code ReportReader} reads each mail as an RFC 3464 delivery status notification or an RFC 5965 feedback report,
 * and each bounce or complaint is recorded in the ledger (BOUNCED, COMPLAINED) and suppresses its address
 * ({@code EmailConsent}).
 * <p>
 * May not: mark a mail seen before what it reports is recorded; log an address in full.
 */
package org.beacon.delivery.email.bounces;
