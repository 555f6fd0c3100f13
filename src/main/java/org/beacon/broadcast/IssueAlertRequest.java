package org.beacon.broadcast;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.beacon.platform.MultilineText;
import org.beacon.subscribers.Channel;

/**
 * An alert as staff compose it.
 *
 * @param smsText the SMS wording; derived from the title and body when absent
 * @param area where it applies
 * @param channels how it is sent
 * @param spanish optional Spanish wording, for subscribers who read Spanish (they get the English one without it)
 * @param effective optional: from when the alert applies (CAP effective); when it is issued by default. Messages go
 * out when it is issued either way.
 * @param expires optional: until when it applies (CAP expires); by default the lifetime of its type from
 * {@code effective} ({@code beacon.broadcast.lifetimes}), a check-in's deadline for a check-in, and for a travel
 * advisory, until the country's next level change
 * @param arrivingWithinDays optional: besides the citizens there now, reach those arriving within this many days
 * (0: nobody arriving); by default everyone arriving before the alert expires
 */
public record IssueAlertRequest(@NotNull AlertType type, @NotNull Severity severity,
		@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 20000) @MultilineText String body,
		@Size(max = 1600) @MultilineText String smsText, @NotNull @Valid Area area,
		@NotEmpty(message = "must name at least one channel: EMAIL or SMS") Set<@NotNull Channel> channels,
		@Valid Translation spanish, Instant effective, Instant expires,
		@Min(0) @Max(366) Integer arrivingWithinDays) {

	/** An alert in English only. */
	public IssueAlertRequest(AlertType type, Severity severity, String title, String body, String smsText, Area area,
			Set<Channel> channels) {
		this(type, severity, title, body, smsText, area, channels, null);
	}

	/** An alert with its type's lifetime, reaching everyone arriving before it expires. */
	public IssueAlertRequest(AlertType type, Severity severity, String title, String body, String smsText, Area area,
			Set<Channel> channels, Translation spanish) {
		this(type, severity, title, body, smsText, area, channels, spanish, null, null, null);
	}

	/**
	 * An alert's words in another language.
	 *
	 * @param smsText the SMS wording; derived from the title and body when absent
	 */
	public record Translation(@NotBlank @Size(max = 200) String title,
			@NotBlank @Size(max = 20000) @MultilineText String body, @Size(max = 1600) @MultilineText String smsText) {
	}

	/**
	 * @param countries ISO 3166-1 alpha-2 codes: where the alert applies, and what the sender's post must cover
	 * @param regions optional ISO 3166-2 codes within those countries; a country with none listed is covered whole
	 * @param circles optional circles that narrow the area for citizens who gave a point
	 * @param polygons optional polygons (3 to 500 corners) that narrow the area for citizens who gave a point
	 */
	public record Area(
			@NotEmpty(message = "must list at least one country") @Size(max = 60) List<@NotBlank String> countries,
			@Size(max = 500) List<@NotBlank String> regions, @Size(max = 20) List<@NotNull @Valid CircleArea> circles,
			@Size(max = 20) List<@NotNull @Size(min = 3, max = 500) List<@NotNull @Valid Point>> polygons) {

		public Area {
			regions = regions == null ? List.of() : regions;
			circles = circles == null ? List.of() : circles;
			polygons = polygons == null ? List.of() : polygons;
		}

		public Area(List<String> countries, List<String> regions) {
			this(countries, regions, List.of(), List.of());
		}
	}

	/** A circle: its centre and radius in kilometres. */
	public record CircleArea(@NotNull @DecimalMin("-90") @DecimalMax("90") Double lat,
			@NotNull @DecimalMin("-180") @DecimalMax("180") Double lon,
			@NotNull @DecimalMin("0.1") @DecimalMax("2000") Double radiusKm) {
	}

	/** A corner of a polygon. */
	public record Point(@NotNull @DecimalMin("-90") @DecimalMax("90") Double lat,
			@NotNull @DecimalMin("-180") @DecimalMax("180") Double lon) {
	}
}
