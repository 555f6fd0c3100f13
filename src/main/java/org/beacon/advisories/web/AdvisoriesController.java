package org.beacon.advisories.web;

import java.security.Principal;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.beacon.advisories.Advisories;
import org.beacon.advisories.AdvisoryView;
import org.beacon.advisories.GlobalNotice;
import org.beacon.advisories.IngestReport;
import org.beacon.advisories.feed.AdvisoryIngest;
import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/advisories")
@ConditionalOnRole(Role.API)
@Tag(name = "Advisories", description = "The State Department's travel advisories as Beacon holds them")
class AdvisoriesController {

	private final Advisories advisories;

	private final AdvisoryIngest ingest;

	AdvisoriesController(Advisories advisories, AdvisoryIngest ingest) {
		this.advisories = advisories;
		this.ingest = ingest;
	}

	@GetMapping
	@Operation(summary = "Every country's current advisory")
	List<AdvisoryView> all() {
		return advisories.current();
	}

	@GetMapping("/{country}")
	@Operation(summary = "A country's current advisory and its history, newest first")
	CountryAdvisories one(@PathVariable String country) {
		AdvisoryView current = advisories.current(country)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No advisory for " + country));
		return new CountryAdvisories(current, advisories.history(country));
	}

	@GetMapping("/ingests")
	@Operation(summary = "Reports of the most recent ingests of the feed, newest first (administrators)")
	@SecurityRequirement(name = "staff")
	List<IngestReport> ingests(@RequestParam(defaultValue = "20") @Min(1) @Max(200) int limit) {
		return advisories.ingests(limit);
	}

	@GetMapping("/notices")
	@Operation(summary = "Global notices, such as the Worldwide Caution")
	List<GlobalNotice> notices() {
		return advisories.notices();
	}

	@PostMapping(path = "/feed", consumes = { MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE,
			"application/rss+xml", MediaType.APPLICATION_JSON_VALUE, MediaType.TEXT_PLAIN_VALUE })
	@Operation(summary = "Ingest a copy of the advisory feed (RSS or JSON) now; complete=true when it is the whole "
			+ "feed, so countries missing from it count as absent")
	@SecurityRequirement(name = "staff")
	IngestReport feed(@RequestBody String document, @RequestParam(defaultValue = "false") boolean complete,
			Principal admin) {
		return ingest.ingest(document, "POST by " + admin.getName(), complete);
	}

	record CountryAdvisories(AdvisoryView current, List<AdvisoryView> history) {
	}
}
