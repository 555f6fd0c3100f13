package org.beacon.subscribers;

import java.util.UUID;

import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.Role;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * The unsubscribe link of alert emails. A POST (RFC 8058 one-click, sent by mail providers, or the button of the
 * page) stops email alerts at once; a GET shows a page with that button, so a link scanner cannot unsubscribe anyone.
 */
@Controller
@org.beacon.platform.WebPage
@ConditionalOnRole(Role.API)
@Hidden
class UnsubscribeController {

	private final EmailConsent consent;

	UnsubscribeController(EmailConsent consent) {
		this.consent = consent;
	}

	@GetMapping("/unsubscribe/{id}")
	String confirm(@PathVariable UUID id, @RequestParam("t") String token, Model model) {
		if (!consent.isUnsubscribeToken(id, token)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "This unsubscribe link is not valid");
		}
		model.addAttribute("id", id);
		model.addAttribute("token", token);
		model.addAttribute("done", false);
		return "citizen/unsubscribe";
	}

	@PostMapping("/unsubscribe/{id}")
	@ResponseStatus(HttpStatus.OK)
	String unsubscribe(@PathVariable UUID id, @RequestParam("t") String token, Model model) {
		if (!consent.unsubscribe(id, token)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "This unsubscribe link is not valid");
		}
		model.addAttribute("done", true);
		return "citizen/unsubscribe";
	}
}
