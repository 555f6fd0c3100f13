package org.beacon.broadcast.web;

import java.net.URI;
import java.security.Principal;
import java.util.UUID;

import jakarta.validation.Valid;

import org.beacon.broadcast.AlertView;
import org.beacon.broadcast.UpdateAlertRequest;
import org.beacon.broadcast.issuing.AlertCancellations;
import org.beacon.broadcast.issuing.AlertUpdates;
import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The staff API for what follows an issued alert: its cancellation and its updates. */
@RestController
@RequestMapping("/api/v1/alerts/{id}")
@ConditionalOnRole(Role.API)
@Tag(name = "Alerts")
@SecurityRequirement(name = "staff")
class AlertFollowUpsController {

	private final AlertCancellations cancellations;

	private final AlertUpdates updates;

	AlertFollowUpsController(AlertCancellations cancellations, AlertUpdates updates) {
		this.cancellations = cancellations;
		this.updates = updates;
	}

	@PostMapping("/update")
	@Operation(summary = "Send an update (CAP Update): a new alert with new words, to the recipients of this one (202); "
			+ "when the two-person rule holds it, it is stored with status PENDING_APPROVAL and sent once approved")
	ResponseEntity<AlertView> update(@PathVariable UUID id, @Valid @RequestBody UpdateAlertRequest request,
			Principal staff) {
		AlertView update = updates.update(id, request, staff.getName());
		return ResponseEntity.accepted().location(URI.create("/api/v1/alerts/" + update.id())).body(update);
	}

	@PostMapping("/cancel")
	@Operation(summary = "Cancel an issued alert (CAP Cancel): deliveries not yet sent are stopped; those a worker "
			+ "had already claimed are reported as in flight")
	AlertCancellations.Cancelled cancel(@PathVariable UUID id, Principal staff) {
		return cancellations.cancel(id, staff.getName());
	}
}
