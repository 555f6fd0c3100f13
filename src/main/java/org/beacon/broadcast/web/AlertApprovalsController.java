package org.beacon.broadcast.web;

import java.security.Principal;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.beacon.broadcast.AlertView;
import org.beacon.broadcast.approval.AlertApprovals;
import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.MultilineText;
import org.beacon.platform.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The staff API of the two-person rule. */
@RestController
@RequestMapping("/api/v1/alerts")
@ConditionalOnRole(Role.API)
@Tag(name = "Approvals", description = "Two-person rule: alerts of EXTREME severity or with a large audience wait "
		+ "for an APPROVER other than their author")
@SecurityRequirement(name = "staff")
class AlertApprovalsController {

	private final AlertApprovals approvals;

	AlertApprovalsController(AlertApprovals approvals) {
		this.approvals = approvals;
	}

	@GetMapping("/pending-approval")
	@Operation(summary = "Alerts awaiting approval that your post covers, oldest first (empty unless you are an "
			+ "APPROVER)")
	List<AlertApprovals.AwaitingApproval> awaiting(@RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit,
			Principal staff) {
		return approvals.awaiting(staff.getName(), limit);
	}

	@PostMapping("/{id}/approval")
	@Operation(summary = "Approve (the alert is issued) or reject (it is never sent) an alert awaiting approval; "
			+ "403 for your own alert or without the APPROVER role, 409 when it no longer waits")
	AlertView decide(@PathVariable UUID id, @Valid @RequestBody Decision decision, Principal staff) {
		return switch (decision.decision()) {
			case APPROVE -> approvals.approve(id, staff.getName());
			case REJECT -> approvals.reject(id, staff.getName(), decision.reason());
		};
	}

	/**
	 * @param reason why an alert is rejected, for its author; optional
	 */
	record Decision(@NotNull Verdict decision, @Size(max = 500) @MultilineText String reason) {
	}

	enum Verdict {
		APPROVE, REJECT
	}
}
