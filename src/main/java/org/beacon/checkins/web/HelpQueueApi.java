package org.beacon.checkins.web;

import java.security.Principal;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.beacon.checkins.help.HelpCase;
import org.beacon.checkins.help.HelpQueue;
import org.beacon.checkins.store.HelpCaseStore.Status;
import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.MultilineText;
import org.beacon.platform.Role;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A check-in's help queue, for crisis staff (role CRISIS; the security configuration refuses everyone else) of a
 * post covering its countries. Every call is audited.
 */
@RestController
@RequestMapping("/api/v1/checkins/{id}/help")
@ConditionalOnRole(Role.API)
@Validated
@Tag(name = "Check-ins")
@SecurityRequirement(name = "staff")
class HelpQueueApi {

	private final HelpQueue queue;

	HelpQueueApi(HelpQueue queue) {
		this.queue = queue;
	}

	/** What was done for a citizen who needed help. */
	record Resolution(@NotBlank @Size(max = HelpQueue.MAX_NOTE) @MultilineText String note) {
	}

	@GetMapping
	@Operation(summary = "Who needs help (role CRISIS): citizens of your post's countries who answered that they need "
			+ "help, oldest first, with their contact points, what they said, their places and emergency contact; "
			+ "audited", description = "A citizen who said they need help, then that they are safe, stays in the "
					+ "queue with nowSafe = true until the case is resolved. A page may hold fewer than limit cases; "
					+ "ask for the next with after = next while next is not null.")
	@ApiResponse(responseCode = "403", description = "Not crisis staff")
	@ApiResponse(responseCode = "404", description = "No such check-in for your post")
	HelpCase.Page queue(@PathVariable UUID id,
			@Parameter(description = "Cases in these states; all by default") @RequestParam(required = false)
			Set<Status> status, @RequestParam(required = false) UUID after,
			@RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit, Principal staff) {
		return queue.queue(id, staff.getName(), status == null || status.isEmpty() ? EnumSet.allOf(Status.class)
				: status, after, limit);
	}

	@PostMapping("/{subscriberId}/take")
	@Operation(summary = "Take an open help case: you handle it (taking one you hold changes nothing); audited")
	@ApiResponse(responseCode = "404", description = "No case of this citizen for your post")
	@ApiResponse(responseCode = "409", description = "Taken by someone else, or resolved")
	HelpCase take(@PathVariable UUID id, @PathVariable UUID subscriberId, Principal staff) {
		return queue.take(id, subscriberId, staff.getName());
	}

	@PostMapping("/{subscriberId}/resolve")
	@Operation(summary = "Resolve a taken help case with a note of what was done (at most 2000 characters); audited")
	@ApiResponse(responseCode = "400", description = "No note, or a note too long")
	@ApiResponse(responseCode = "404", description = "No case of this citizen for your post")
	@ApiResponse(responseCode = "409", description = "Not taken yet, or resolved already")
	HelpCase resolve(@PathVariable UUID id, @PathVariable UUID subscriberId, @Valid @RequestBody Resolution resolution,
			Principal staff) {
		return queue.resolve(id, subscriberId, resolution.note(), staff.getName());
	}
}
