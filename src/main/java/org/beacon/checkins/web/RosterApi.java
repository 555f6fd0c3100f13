package org.beacon.checkins.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.UUID;

import org.beacon.checkins.help.Roster;
import org.beacon.checkins.help.RosterEntry;
import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.Role;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ContentDisposition;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * A check-in's roster, for crisis staff (role CRISIS; the security configuration refuses everyone else) of a post
 * covering its countries: every recipient with their answer, as JSON pages or one CSV file. Every call is audited.
 */
@RestController
@RequestMapping("/api/v1/checkins/{id}")
@ConditionalOnRole(Role.API)
@Validated
@Tag(name = "Check-ins")
@SecurityRequirement(name = "staff")
class RosterApi {

	private final Roster roster;

	RosterApi(Roster roster) {
		this.roster = roster;
	}

	@GetMapping("/roster")
	@Operation(summary = "Every recipient of a check-in enrolled in your post's countries (role CRISIS), in subscriber "
			+ "order: latest answer, channel and time, or no answer, or unreachable; with contact points; audited",
			description = "A page may hold fewer than limit recipients; ask for the next with after = next while next "
					+ "is not null.")
	@ApiResponse(responseCode = "403", description = "Not crisis staff")
	@ApiResponse(responseCode = "404", description = "No such check-in for your post")
	RosterEntry.Page page(@PathVariable UUID id, @RequestParam(required = false) UUID after,
			@RequestParam(defaultValue = "500") @Min(1) @Max(5000) int limit, Principal staff) {
		return roster.page(id, staff.getName(), after, limit);
	}

	@GetMapping("/roster.csv")
	@Operation(summary = "The whole roster as a CSV file (role CRISIS), one line per recipient; audited with how many "
			+ "citizens it held")
	@ApiResponse(responseCode = "200", content = @Content(mediaType = RosterCsv.MEDIA_TYPE,
			schema = @Schema(type = "string")))
	@ApiResponse(responseCode = "403", description = "Not crisis staff")
	@ApiResponse(responseCode = "404", description = "No such check-in for your post")
	void csv(@PathVariable UUID id, Principal staff, HttpServletResponse response) throws IOException {
		// Refused before the first byte, so that a refusal is a problem, not a broken file.
		roster.checkExport(id, staff.getName());
		response.setContentType(RosterCsv.MEDIA_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("checkin-" + id + "-roster.csv").build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		RosterCsv csv = new RosterCsv(out);
		csv.header();
		try {
			roster.export(id, staff.getName(), csv::line);
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		out.flush();
	}
}
