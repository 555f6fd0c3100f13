package org.beacon.broadcast.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.beacon.broadcast.Severity;
import org.beacon.broadcast.UpdateAlertRequest;
import org.beacon.platform.MultilineText;
import org.springframework.format.annotation.DateTimeFormat;

/** The update form of the alert page; the SMS text is derived from title and body when left empty. */
class UpdateForm {

	@NotBlank(message = "{watch.update.title.required}")
	@Size(max = 200, message = "{watch.update.title.size}")
	private String title;

	@NotBlank(message = "{watch.update.body.required}")
	@Size(max = 20000, message = "{watch.update.body.size}")
	@MultilineText
	private String body;

	@Size(max = 1600, message = "{watch.update.sms.size}")
	@MultilineText
	private String smsText;

	/** Null keeps the followed alert's severity. */
	private Severity severity;

	/** The last day (UTC) the alert is in force, as updated; null keeps the followed alert's expiry. */
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate expiresOn;

	public LocalDate getExpiresOn() {
		return expiresOn;
	}

	public void setExpiresOn(LocalDate expiresOn) {
		this.expiresOn = expiresOn;
	}

	public Severity getSeverity() {
		return severity;
	}

	public void setSeverity(Severity severity) {
		this.severity = severity;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public String getSmsText() {
		return smsText;
	}

	public void setSmsText(String smsText) {
		this.smsText = smsText;
	}

	UpdateAlertRequest request() {
		Instant expires = expiresOn == null ? null : expiresOn.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
		return new UpdateAlertRequest(title, body, smsText, null, severity, expires);
	}
}
