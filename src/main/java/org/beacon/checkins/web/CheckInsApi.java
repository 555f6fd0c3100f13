package org.beacon.checkins.web;

import java.security.Principal;
import java.util.UUID;

import org.beacon.checkins.CheckInView;
import org.beacon.checkins.CheckIns;
import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The staff API for following check-ins; starting one is {@code POST /api/v1/checkins} (an alert that asks). */
@RestController
@RequestMapping("/api/v1/checkins")
@ConditionalOnRole(Role.API)
@Tag(name = "Check-ins")
@SecurityRequirement(name = "staff")
class CheckInsApi {

	private final CheckIns checkIns;

	CheckInsApi(CheckIns checkIns) {
		this.checkIns = checkIns;
	}

	@GetMapping("/{id}")
	@Operation(summary = "A check-in with its counts: safe, need help, no answer yet, unreachable (every message "
			+ "failed), overall and per country and region, per wave, and over time; no names",
			description = "byWave: per wave sent (1 = the first sending, then each time the silent were asked again), "
					+ "when its fan-out started, how many it asked and how many answered after it (those it was the "
					+ "last wave to ask). timeline: per bucket of whole minutes (bucketSeconds, so that a check-in has "
					+ "at most 120) in which answers came, how many recipients were safe and how many needed help by "
					+ "their latest answer at the end of it, up to until (now, or when the check-in ended).")
	CheckInView find(@PathVariable UUID id, Principal staff) {
		return checkIns.find(id, staff.getName());
	}

	@PostMapping("/{id}/close")
	@Operation(summary = "Close a check-in before its deadline: no more answers are taken and nobody is asked again")
	CheckInView close(@PathVariable UUID id, Principal staff) {
		return checkIns.close(id, staff.getName());
	}
}
