package org.beacon.broadcast.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.beacon.broadcast.AlertType;
import org.beacon.broadcast.IssueAlertRequest;
import org.beacon.broadcast.Severity;
import org.beacon.broadcast.issuing.AudienceEstimates;
import org.beacon.platform.MultilineText;
import org.beacon.subscribers.Channel;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The compose page's form, as typed: it is shown back whole after an error, so nothing typed is lost. Only the
 * fields of the chosen area kind count; the others are kept, unused.
 */
class ComposeForm {

	/** How the alert's area is given: whole countries, some of their regions, or a circle within them. */
	enum AreaKind {
		COUNTRIES, REGIONS, CIRCLE
	}

	@NotNull(message = "{compose.error.choose}")
	private AlertType type;

	@NotNull(message = "{compose.error.choose}")
	private Severity severity;

	@NotBlank(message = "{compose.error.required}")
	@Size(max = 200, message = "{compose.error.tooLong}")
	private String title;

	@NotBlank(message = "{compose.error.required}")
	@Size(max = 20000, message = "{compose.error.tooLong}")
	@MultilineText
	private String body;

	@Size(max = 1600, message = "{compose.error.tooLong}")
	@MultilineText
	private String smsText;

	@Size(max = 200, message = "{compose.error.tooLong}")
	private String titleEs;

	@Size(max = 20000, message = "{compose.error.tooLong}")
	@MultilineText
	private String bodyEs;

	@Size(max = 1600, message = "{compose.error.tooLong}")
	@MultilineText
	private String smsTextEs;

	@NotNull(message = "{compose.error.choose}")
	private AreaKind areaKind = AreaKind.COUNTRIES;

	@NotEmpty(message = "{compose.error.countries}")
	private List<String> countries = new ArrayList<>();

	private List<String> regions = new ArrayList<>();

	@DecimalMin(value = "-90", message = "{compose.error.lat}")
	@DecimalMax(value = "90", message = "{compose.error.lat}")
	private Double lat;

	@DecimalMin(value = "-180", message = "{compose.error.lon}")
	@DecimalMax(value = "180", message = "{compose.error.lon}")
	private Double lon;

	/** Checked by {@link ComposeErrors#checkArea}: its smallest value is a setting. */
	private Double radiusKm;

	@NotEmpty(message = "{compose.error.channels}")
	private Set<Channel> channels = Channel.chosen();

	/**
	 * The form's one-time key, made when the page was opened: a second POST with it (Back, then Send) shows the alert
	 * the first created instead of sending it again.
	 */
	private String submission;

	/** The officer confirmed sending although the audience preview counts no one. */
	private boolean sendToNoOne;

	/** A check-in: the alert asks its recipients whether they are safe, until {@link #deadlineHours} from sending. */
	private boolean checkIn;

	/** How long a check-in takes answers, in hours; checked by {@link ComposeErrors#checkDeadline}. */
	private Integer deadlineHours;

	/**
	 * The last day (UTC) the alert is in force, through its end; blank: the default of its type. A day rather than a
	 * time, so that sending the form again (Back, then Send) asks for the same alert.
	 */
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate expiresOn;

	/** Reach citizens arriving within this many days only; blank: everyone arriving before the alert expires. */
	@Min(0)
	@Max(366)
	private Integer arrivingWithinDays;

	/** Whether the form carries a key as the compose page makes them (a UUID). */
	static boolean isSubmissionKey(String key) {
		try {
			return key != null && UUID.fromString(key).toString().equals(key);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/** Whether any Spanish field was filled in: then title and body are both needed. */
	boolean hasSpanish() {
		return !blank(titleEs) || !blank(bodyEs) || !blank(smsTextEs);
	}

	/** The area as the alert's API takes it. */
	IssueAlertRequest.Area area() {
		List<String> chosenRegions = areaKind == AreaKind.REGIONS ? regions : List.of();
		List<IssueAlertRequest.CircleArea> circles = areaKind == AreaKind.CIRCLE
				? List.of(new IssueAlertRequest.CircleArea(lat, lon, radiusKm)) : List.of();
		return new IssueAlertRequest.Area(countries, chosenRegions, circles, List.of());
	}

	IssueAlertRequest toRequest() {
		IssueAlertRequest.Translation spanish = hasSpanish()
				? new IssueAlertRequest.Translation(text(titleEs), text(bodyEs), text(smsTextEs)) : null;
		return new IssueAlertRequest(type, severity, text(title), text(body), text(smsText), area(), channels,
				spanish, null, expires(), arrivingWithinDays);
	}

	/** What decides whom arriving the alert reaches, as it would be sent at {@code now}. */
	AudienceEstimates.Timing timing(Instant now) {
		Instant answerBy = checkIn && deadlineHours != null && deadlineHours > 0
				? now.plus(Duration.ofHours(deadlineHours)) : null;
		return new AudienceEstimates.Timing(type, null, expires(), arrivingWithinDays, answerBy);
	}

	/** When the alert expires: at the end of {@link #expiresOn}, UTC; null for its type's default. */
	Instant expires() {
		return expiresOn == null ? null : expiresOn.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	/** As sent by a browser: line breaks are \r\n, which would count twice in an SMS. */
	static String text(String value) {
		return blank(value) ? null : value.replace("\r\n", "\n").strip();
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	public AlertType getType() { return type; }
	public void setType(AlertType type) { this.type = type; }
	public Severity getSeverity() { return severity; }
	public void setSeverity(Severity severity) { this.severity = severity; }
	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public String getBody() { return body; }
	public void setBody(String body) { this.body = body; }
	public String getSmsText() { return smsText; }
	public void setSmsText(String smsText) { this.smsText = smsText; }
	public String getTitleEs() { return titleEs; }
	public void setTitleEs(String titleEs) { this.titleEs = titleEs; }
	public String getBodyEs() { return bodyEs; }
	public void setBodyEs(String bodyEs) { this.bodyEs = bodyEs; }
	public String getSmsTextEs() { return smsTextEs; }
	public void setSmsTextEs(String smsTextEs) { this.smsTextEs = smsTextEs; }
	public AreaKind getAreaKind() { return areaKind; }
	public void setAreaKind(AreaKind areaKind) { this.areaKind = areaKind; }
	public List<String> getCountries() { return countries; }
	public void setCountries(List<String> countries) { this.countries = countries == null ? new ArrayList<>() : countries; }
	public List<String> getRegions() { return regions; }
	public void setRegions(List<String> regions) { this.regions = regions == null ? new ArrayList<>() : regions; }
	public Double getLat() { return lat; }
	public void setLat(Double lat) { this.lat = lat; }
	public Double getLon() { return lon; }
	public void setLon(Double lon) { this.lon = lon; }
	public Double getRadiusKm() { return radiusKm; }
	public void setRadiusKm(Double radiusKm) { this.radiusKm = radiusKm; }
	public String getSubmission() { return submission; }
	public void setSubmission(String submission) { this.submission = submission; }
	public boolean isSendToNoOne() { return sendToNoOne; }
	public void setSendToNoOne(boolean sendToNoOne) { this.sendToNoOne = sendToNoOne; }
	public boolean isCheckIn() { return checkIn; }
	public void setCheckIn(boolean checkIn) { this.checkIn = checkIn; }
	public Integer getDeadlineHours() { return deadlineHours; }
	public LocalDate getExpiresOn() { return expiresOn; }
	public void setExpiresOn(LocalDate expiresOn) { this.expiresOn = expiresOn; }
	public Integer getArrivingWithinDays() { return arrivingWithinDays; }
	public void setArrivingWithinDays(Integer arrivingWithinDays) { this.arrivingWithinDays = arrivingWithinDays; }
	public void setDeadlineHours(Integer deadlineHours) { this.deadlineHours = deadlineHours; }
	public Set<Channel> getChannels() { return channels; }
	public void setChannels(Set<Channel> channels) { this.channels = channels == null ? EnumSet.noneOf(Channel.class) : channels; }
}
