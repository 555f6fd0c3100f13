/**
 * Calls: the last wave of a check-in's escalation asks those who stayed silent by phone call, behind the
 * {@link org.beacon.delivery.voice.VoiceCaller} port (Twilio Programmable Voice), through the same ledger, claims,
 * retries and rate limits as SMS and email.
 */
package org.beacon.delivery.voice;
