package org.beacon.broadcast;

/** An alert's words in one language. */
public record Wording(String title, String body, String smsText) {
}
