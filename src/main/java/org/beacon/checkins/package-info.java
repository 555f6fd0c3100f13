/**
 * Check-ins: "are you safe?" asked of everyone an alert reaches, and what they answer. An alert that asks is issued by
 * {@code broadcast} (a check-in is an alert with a deadline) and opened here in the same transaction
 * ({@link org.beacon.checkins.CheckIns}); citizens answer by SMS reply ({@link org.beacon.checkins.SmsAnswers}, from
 * the delivery feature's webhook), by the links of the email (signed per reader by
 * {@link org.beacon.checkins.AnswerLinks}, which the email worker calls; confirmed on the pages of {@code web} and
 * recorded once each by {@link org.beacon.checkins.EmailAnswers}), or by a key pressed during a call. Every answer is
 * stored and published as {@link org.beacon.checkins.SafetyReported} (Kafka {@code beacon.checkin.responses}) in one
 * transaction ({@link org.beacon.checkins.SafetyAnswers}); the latest answer of a citizen wins. A "need help" answer
 * opens a help case, which crisis staff of the post take and resolve ({@code help}, with the roster of every
 * recipient); they learn who citizens are only through {@link org.beacon.subscribers.CrisisContacts}, and every look
 * is audited.
 * <p>
 * It owns the tables {@code checkin}, {@code safety_answer}, {@code safety_report}, {@code help_case} and
 * {@code checkin_link_use}. Its counts are a report that reads the delivery ledger's and the subscribers' tables
 * ({@code store.Tallies}, which says why); nothing else here reads another feature's tables (the roster goes through
 * their APIs).
 */
package org.beacon.checkins;
