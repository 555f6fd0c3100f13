package org.beacon.subscribers;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.Role;
import org.beacon.subscribers.Verification.Result;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Verification for API users: the SMS code, the token of the email link (the link itself opens a page), and
 * resending either. The email link's token is proof enough; the SMS code and resends are asked for by id, so they take
 * the enrollment's management token too, as every other call on {@code /api/v1/subscribers/{id}} does: whoever knows
 * only the id can neither use up the code's attempts nor have messages sent. Wrong codes are limited per code and
 * resends per hour. (The pages verify the phone of the citizen their session knows, without an id.)
 */
@RestController
@RequestMapping("/api/v1/subscribers")
@ConditionalOnRole(Role.API)
@Tag(name = "Subscribers")
class VerificationController {

	private final Verification verification;

	private final Enrollment enrollment;

	private final Clock clock;

	VerificationController(Verification verification, Enrollment enrollment, Clock clock) {
		this.verification = verification;
		this.enrollment = enrollment;
		this.clock = clock;
	}

	record CodeRequest(@NotBlank @Size(max = 20) String code) {
	}

	record TokenRequest(@NotBlank @Size(max = 100) String token) {
	}

	@PostMapping("/{id}/verification/phone")
	@Operation(summary = "Verify the phone number with the 6-digit code sent by SMS (10 minutes, 5 attempts); "
			+ "needs the management token")
	@SecurityRequirement(name = "managementToken")
	Map<String, Object> phone(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
			@Valid @RequestBody CodeRequest request) {
		enrollment.authorize(id, BearerToken.of(authorization));
		return answer(verification.verifyPhone(id, request.code()), "phone");
	}

	@PostMapping("/verification/email")
	@Operation(summary = "Verify an email address with the token of the link sent to it (single use, 24 hours)")
	Map<String, Object> email(@Valid @RequestBody TokenRequest request) {
		return answer(verification.verifyEmail(request.token()), "email");
	}

	@PostMapping("/{id}/verification/{channel:email|phone}/resend")
	@Operation(summary = "Send a new verification link or code (at most one a minute, five an hour); needs the "
			+ "management token")
	@SecurityRequirement(name = "managementToken")
	ResponseEntity<Void> resend(@PathVariable UUID id, @PathVariable String channel,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
		enrollment.authorize(id, BearerToken.of(authorization));
		Channel which = channel.equals("phone") ? Channel.SMS : Channel.EMAIL;
		verification.resend(id, which).ifPresent(this::tooSoon);
		return ResponseEntity.accepted().build();
	}

	private static Map<String, Object> answer(Result result, String what) {
		return switch (result.check()) {
			case VERIFIED -> Map.of("verified", what);
			case WRONG -> throw problem(HttpStatus.UNPROCESSABLE_ENTITY, "Wrong code",
					"This is not the code we sent. " + result.attemptsLeft() + " attempt(s) left.", null);
			case LOCKED -> throw problem(HttpStatus.TOO_MANY_REQUESTS, "Too many wrong codes",
					"Ask for a new code (POST .../verification/phone/resend).", null);
			case EXPIRED -> throw problem(HttpStatus.UNPROCESSABLE_ENTITY, "Expired",
					"This " + (what.equals("phone") ? "code" : "link") + " expired or was used already; ask for a new one.",
					null);
			case UNKNOWN -> throw problem(HttpStatus.UNPROCESSABLE_ENTITY, "Not valid",
					what.equals("phone") ? "No code was sent for this enrollment; ask for one." : "This link is not valid.",
					null);
		};
	}

	private void tooSoon(Instant retryAt) {
		long seconds = Math.max(1, Duration.between(clock.instant(), retryAt).toSeconds());
		throw problem(HttpStatus.TOO_MANY_REQUESTS, "Too soon",
				"A message was sent recently; ask again in " + seconds + " seconds.", String.valueOf(seconds));
	}

	private static ErrorResponseException problem(HttpStatus status, String title, String detail, String retryAfter) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		HttpHeaders headers = new HttpHeaders();
		if (retryAfter != null) {
			headers.set(HttpHeaders.RETRY_AFTER, retryAfter);
		}
		return new ErrorResponseException(status, problem, null) {
			@Override
			public HttpHeaders getHeaders() {
				return headers;
			}
		};
	}
}
