/**
 * The email channel: {@code EmailWorker} reads {@code beacon.deliveries.email} (its own record type,
 * {@code EmailDelivery}) and delivers through the port {@code EmailSender}, implemented over SMTP with Jakarta Mail
 * ({@code SmtpEmailSender}, one session per batch) with the relay's reply codes beside it ({@code SmtpReplyCodes}).
 * The alert email is rendered by Thymeleaf once per alert and language ({@code AlertEmailContent},
 * {@code PreparedMimeMessage}) and carries an RFC 8058 one-click unsubscribe ({@code UnsubscribeLinks}) and, for a
 * check-in, the reader's own answer links, which the check-ins feature signs ({@code checkins.AnswerLinks});
 * {@code AlertMimeMessages} builds it for every provider alike, so Amazon SES ({@code ses}, the second provider) sends
 * the very message the SMTP relay gets. An address refused for good is suppressed ({@code Suppression}), and so is one
 * whose email bounced later or drew a complaint ({@code bounces}). {@code ChallengeMailer} sends sign-in links and
 * confirmations.
 * <p>
 * May not: hold a transaction open across an SMTP call.
 */
package org.beacon.delivery.email;
