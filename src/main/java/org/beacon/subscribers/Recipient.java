package org.beacon.subscribers;

import java.util.UUID;

/**
 * One subscriber on one channel.
 *
 * @param destination the E.164 phone number or the email address
 * @param locale the language the subscriber reads
 */
public record Recipient(UUID subscriberId, Channel channel, String destination, String locale) {
}
