package org.beacon.broadcast.web;

import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;

import jakarta.validation.Valid;

import org.beacon.broadcast.AlertView;
import org.beacon.broadcast.BroadcastManagement;
import org.beacon.broadcast.CheckInRequest;
import org.beacon.broadcast.Submission;
import org.beacon.broadcast.issuing.AlertSubmissions;
import org.beacon.broadcast.issuing.BroadcastProperties;
import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Staff start check-ins: alerts that ask "are you safe?". Issuing one is issuing an alert (same area, languages,
 * two-person rule, audit and Idempotency-Key); what the recipients answer is under the same path, answered by the
 * check-ins feature.
 */
@RestController
@ConditionalOnRole(Role.API)
@Tag(name = "Check-ins", description = "Staff ask citizens in an area whether they are safe and follow the answers")
@SecurityRequirement(name = "staff")
class CheckInsController {

	private final BroadcastManagement broadcasts;

	private final AlertSubmissions submissions;

	private final BroadcastProperties properties;

	private final Clock clock;

	CheckInsController(BroadcastManagement broadcasts, AlertSubmissions submissions, BroadcastProperties properties,
			Clock clock) {
		this.broadcasts = broadcasts;
		this.submissions = submissions;
		this.properties = properties;
		this.clock = clock;
	}

	@PostMapping("/api/v1/checkins")
	@Operation(summary = "Start a check-in: an alert whose recipients answer 1 (safe) or 2 (need help) by SMS, or by "
			+ "the buttons of its email, until the deadline (202)",
			description = "The body is an alert's plus an optional deadline (default 24 hours, at most 30 days). The "
					+ "SMS ends with the question in the reader's language. With an Idempotency-Key header a retry is "
					+ "safe, as for alerts.")
	ResponseEntity<AlertView> start(@Valid @RequestBody CheckInRequest request,
			@Parameter(description = "A key unique to this check-in, such as a UUID")
			@RequestHeader(name = Submission.HEADER, required = false) String idempotencyKey, Principal staff) {
		Instant answerBy = request.deadline() != null ? request.deadline()
				: clock.instant().plus(properties.checkInDeadline());
		if (idempotencyKey == null) {
			return accepted(broadcasts.issue(request.alert(), staff.getName(), null, answerBy).orElseThrow());
		}
		AlertSubmissions.Outcome outcome = submissions.submit(request.alert(), staff.getName(),
				Submission.of(idempotencyKey, request.alert(), request.deadline()), answerBy);
		ResponseEntity<AlertView> answer = accepted(outcome.alert());
		return outcome.replayed() ? ResponseEntity.accepted()
			.headers(answer.getHeaders())
			.header(AlertsController.REPLAYED, "true")
			.body(outcome.alert()) : answer;
	}

	private static ResponseEntity<AlertView> accepted(AlertView checkIn) {
		return ResponseEntity.accepted().location(URI.create("/api/v1/checkins/" + checkIn.id())).body(checkIn);
	}
}
