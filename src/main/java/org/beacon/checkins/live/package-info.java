/**
 * A check-in's page, live: {@code CheckInStreams} pushes the counts, the counts per wave and the chart of answers over
 * time ({@code LiveCheckIn}, {@code AnswerChart}) to the pages watching a check-in over Server-Sent Events, when
 * answers come ({@code AnswersListener}, reading {@code beacon.checkin.responses} in every API process) and every few
 * seconds besides, for what changes without an answer (deliveries failing, waves).
 * <p>
 * Owns: the open streams; nothing stored.
 */
package org.beacon.checkins.live;
