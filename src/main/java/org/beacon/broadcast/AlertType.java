package org.beacon.broadcast;

/** The kinds of message an embassy sends, as the State Department names them. */
public enum AlertType {
	SECURITY_ALERT, HEALTH_ALERT, WEATHER_ALERT, DEMONSTRATION_ALERT, TRAVEL_ADVISORY, MESSAGE
}
