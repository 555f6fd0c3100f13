package org.beacon.subscribers;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;

import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.Role;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The citizens' API. Enrollment is open; the enrollment it creates is managed with the token it returns, sent as
 * {@code Authorization: Bearer <token>}.
 */
@RestController
@RequestMapping("/api/v1/subscribers")
@ConditionalOnRole(Role.API)
@Tag(name = "Subscribers", description = "Citizens enroll and manage where and how they receive alerts")
class SubscriberController {

	private final Enrollment enrollment;

	SubscriberController(Enrollment enrollment) {
		this.enrollment = enrollment;
	}

	@PostMapping
	@Operation(summary = "Enroll a citizen; returns the enrollment and its secret management token (shown once)")
	ResponseEntity<EnrollmentResponse> enroll(@Valid @RequestBody EnrollmentRequest request) {
		Enrolled enrolled = enrollment.enroll(request);
		return ResponseEntity.created(URI.create("/api/v1/subscribers/" + enrolled.subscriber().id()))
			.body(new EnrollmentResponse(enrolled.subscriber().id(), enrolled.token(), enrolled.subscriber()));
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read one's own enrollment")
	@SecurityRequirement(name = "managementToken")
	SubscriberView find(@PathVariable UUID id, @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
		return enrollment.find(id, BearerToken.of(authorization));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Replace one's own enrollment (contact points, language, channels and places)")
	@SecurityRequirement(name = "managementToken")
	SubscriberView replace(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
			@Valid @RequestBody EnrollmentRequest request) {
		return enrollment.replace(id, BearerToken.of(authorization), request);
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Delete one's own enrollment for good")
	@SecurityRequirement(name = "managementToken")
	ResponseEntity<Void> delete(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
		enrollment.delete(id, BearerToken.of(authorization));
		return ResponseEntity.noContent().build();
	}

	/** @param token the management token: keep it, it is not shown again */
	record EnrollmentResponse(UUID id, String token, SubscriberView subscriber) {
	}
}
