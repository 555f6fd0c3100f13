package org.beacon.broadcast.web;

import java.net.URI;
import java.security.Principal;
import java.util.UUID;

import org.beacon.broadcast.AlertView;
import org.beacon.broadcast.BroadcastManagement;
import org.beacon.broadcast.cap.CapImport;
import org.beacon.broadcast.cap.CapPublication;
import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.InvalidInputException;
import org.beacon.platform.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Beacon's alerts in CAP 1.2 for other authorities, and CAP alerts from them into Beacon. */
@RestController
@ConditionalOnRole(Role.API)
@Tag(name = "CAP", description = "Common Alerting Protocol 1.2 export (public) and import (staff)")
class CapController {

	static final String CAP_XML = "application/cap+xml";

	private final CapPublication publication;

	private final CapImport capImport;

	private final BroadcastManagement broadcasts;

	CapController(CapPublication publication, CapImport capImport, BroadcastManagement broadcasts) {
		this.publication = publication;
		this.capImport = capImport;
		this.broadcasts = broadcasts;
	}

	@GetMapping(path = "/cap/alerts/{id}.xml", produces = CAP_XML)
	@Operation(summary = "An issued alert as a CAP 1.2 document")
	ResponseEntity<String> alert(@PathVariable UUID id) {
		return publication.document(id).map(ResponseEntity::ok)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No published alert " + id));
	}

	@GetMapping(path = "/cap/alerts/{id}/cancel.xml", produces = CAP_XML)
	@Operation(summary = "A cancelled alert's CAP 1.2 Cancel message, which references the alert")
	ResponseEntity<String> cancellation(@PathVariable UUID id) {
		return publication.cancellation(id).map(ResponseEntity::ok)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No cancelled alert " + id));
	}

	@GetMapping(path = "/cap/alerts.atom", produces = "application/atom+xml")
	@Operation(summary = "The alerts in force, and the cancellations of the last seven days, as an Atom feed of CAP 1.2 "
			+ "documents")
	String feed() {
		return publication.feed();
	}

	@PostMapping(path = "/api/v1/alerts/cap", consumes = { CAP_XML, "application/xml", "text/xml" })
	@Operation(summary = "Issue an alert from a CAP 1.2 alert of another authority (202)")
	@SecurityRequirement(name = "staff")
	ResponseEntity<AlertView> importCap(@RequestBody String document, Principal staff) {
		AlertView alert;
		try {
			alert = broadcasts.issue(capImport.read(document), staff.getName());
		}
		catch (InvalidInputException ex) {
			throw inDocument(ex);
		}
		return ResponseEntity.accepted().location(URI.create("/api/v1/alerts/" + alert.id())).body(alert);
	}

	/** A lifetime refused by the alert's rules names the document's element, not the alert API's field. */
	private static InvalidInputException inDocument(InvalidInputException ex) {
		return new InvalidInputException(ex.violations().stream()
			.map(violation -> violation.field().equals("expires") || violation.field().equals("effective")
					? new InvalidInputException.Violation("info." + violation.field(),
							violation.message() + " (in the CAP alert)")
					: violation)
			.toList());
	}
}
