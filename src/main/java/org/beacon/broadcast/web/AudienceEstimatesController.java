package org.beacon.broadcast.web;

import java.security.Principal;
import java.time.Instant;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.beacon.broadcast.AlertType;
import org.beacon.broadcast.IssueAlertRequest;
import org.beacon.broadcast.Severity;
import org.beacon.broadcast.issuing.AudienceEstimates;
import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.Role;
import org.beacon.subscribers.Channel;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The audience preview of the staff API. */
@RestController
@ConditionalOnRole(Role.API)
@Tag(name = "Alerts")
@SecurityRequirement(name = "staff")
class AudienceEstimatesController {

	private final AudienceEstimates estimates;

	AudienceEstimatesController(AudienceEstimates estimates) {
		this.estimates = estimates;
	}

	@PostMapping("/api/v1/alerts/audience-estimate")
	@Operation(summary = "How many recipients an alert for this area would reach now, per channel (verified "
			+ "contact points only), and whether the two-person rule would hold it")
	AudienceEstimates.AudienceEstimate estimate(@Valid @RequestBody EstimateRequest request, Principal staff) {
		return estimates.estimate(request.area(), request.channels(), request.severity(),
				new AudienceEstimates.Timing(request.type(), request.effective(), request.expires(),
						request.arrivingWithinDays(), null),
				staff.getName());
	}

	/**
	 * @param severity optional: an EXTREME alert always needs approval
	 * @param type optional: its default lifetime bounds the arrivals counted (the longest default when absent)
	 * @param effective optional, as in the alert
	 * @param expires optional, as in the alert: citizens arriving before it are counted
	 * @param arrivingWithinDays optional, as in the alert: count only those arriving within this many days
	 */
	record EstimateRequest(@NotNull @Valid IssueAlertRequest.Area area,
			@NotEmpty(message = "must name at least one channel: EMAIL or SMS") Set<@NotNull Channel> channels,
			Severity severity, AlertType type, Instant effective, Instant expires,
			@Min(0) @Max(366) Integer arrivingWithinDays) {
	}
}
