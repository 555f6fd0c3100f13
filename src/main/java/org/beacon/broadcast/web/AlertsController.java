package org.beacon.broadcast.web;

import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.beacon.broadcast.AlertView;
import org.beacon.broadcast.BroadcastManagement;
import org.beacon.broadcast.IssueAlertRequest;
import org.beacon.broadcast.Submission;
import org.beacon.broadcast.issuing.AlertSubmissions;
import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The staff API for alerts. */
@RestController
@RequestMapping("/api/v1/alerts")
@ConditionalOnRole(Role.API)
@Tag(name = "Alerts", description = "Staff issue alerts for their post's countries and follow their delivery")
@SecurityRequirement(name = "staff")
class AlertsController {

	/** Says that an answer is the one an earlier request with the same Idempotency-Key was given. */
	static final String REPLAYED = "Idempotent-Replayed";

	private final BroadcastManagement broadcasts;

	private final AlertSubmissions submissions;

	AlertsController(BroadcastManagement broadcasts, AlertSubmissions submissions) {
		this.broadcasts = broadcasts;
		this.submissions = submissions;
	}

	@PostMapping
	@Operation(summary = "Issue an alert; it is stored and handed to the fan-out, which runs asynchronously (202)",
			description = "With an Idempotency-Key header (IETF HTTP API draft), a retry is safe: the same key with the "
					+ "same request answers with the alert the first created (202, Idempotent-Replayed: true) and "
					+ "sends nothing again; the same key with another request is refused (422).")
	ResponseEntity<AlertView> issue(@Valid @RequestBody IssueAlertRequest request,
			@Parameter(description = "A key unique to this alert, such as a UUID: 1 to 255 printable ASCII characters")
			@RequestHeader(name = Submission.HEADER, required = false) String idempotencyKey, Principal staff) {
		if (idempotencyKey == null) {
			return accepted(broadcasts.issue(request, staff.getName()));
		}
		AlertSubmissions.Outcome outcome = submissions.submit(request, staff.getName(),
				Submission.of(idempotencyKey, request));
		ResponseEntity<AlertView> answer = accepted(outcome.alert());
		return outcome.replayed()
				? ResponseEntity.accepted().headers(answer.getHeaders()).header(REPLAYED, "true").body(outcome.alert())
				: answer;
	}

	private static ResponseEntity<AlertView> accepted(AlertView alert) {
		return ResponseEntity.accepted().location(URI.create("/api/v1/alerts/" + alert.id())).body(alert);
	}

	@GetMapping("/{id}")
	@Operation(summary = "An alert with its delivery counts per channel and status")
	AlertView find(@PathVariable UUID id, Principal staff) {
		return broadcasts.find(id, staff.getName());
	}

	@PostMapping("/{id}/approve")
	@Operation(summary = "Issue an alert the advisory feed proposed and policy held for review")
	AlertView approve(@PathVariable UUID id, Principal staff) {
		return broadcasts.approve(id, staff.getName());
	}

	@PostMapping("/{id}/discard")
	@Operation(summary = "Discard an alert held for review; it is never sent")
	AlertView discard(@PathVariable UUID id, Principal staff) {
		return broadcasts.discard(id, staff.getName());
	}

	@GetMapping
	@Operation(summary = "Recent alerts for the countries of your post, newest first")
	List<AlertView.Summary> recent(@RequestParam(defaultValue = "20") @Min(1) @Max(200) int limit, Principal staff) {
		return broadcasts.recent(staff.getName(), limit);
	}
}
