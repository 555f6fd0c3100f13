package org.beacon.broadcast;

import java.time.Instant;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.beacon.platform.MultilineText;
import org.beacon.subscribers.Channel;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A check-in as staff compose it: an alert ({@link IssueAlertRequest}, the same fields) that asks its recipients
 * whether they are safe, with the deadline until which answers are taken.
 *
 * @param deadline until when answers are taken; {@code beacon.broadcast.check-in-deadline} (24 hours) from now when
 * absent
 */
public record CheckInRequest(@NotNull AlertType type, @NotNull Severity severity,
		@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 20000) @MultilineText String body,
		@Size(max = 1600) @MultilineText String smsText, @NotNull @Valid IssueAlertRequest.Area area,
		@NotEmpty(message = "must name at least one channel: EMAIL or SMS") Set<@NotNull Channel> channels,
		@Valid IssueAlertRequest.Translation spanish,
		@Schema(description = "Until when answers are taken (ISO 8601); 24 hours from now when absent",
				example = "2026-12-03T18:00:00Z") Instant deadline) {

	/** The alert that carries the question. */
	public IssueAlertRequest alert() {
		return new IssueAlertRequest(type, severity, title, body, smsText, area, channels, spanish);
	}
}
