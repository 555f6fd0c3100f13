package org.beacon.subscribers;

import java.util.Optional;
import java.util.UUID;

import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.Role;
import org.beacon.platform.WebPage;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * The unsubscribe link of alert emails. A POST (RFC 8058 one-click, sent by mail providers, or the button of the
 * page) stops email alerts at once; a GET shows a page with that button, so a link scanner cannot unsubscribe anyone.
 * A link that does not work — forged, cut short, or expired ({@code beacon.subscribers.unsubscribe-link-validity}) —
 * is answered alike, 404, by a page that tells the citizen to sign in to manage their alerts instead; it does not say
 * which, so it tells nothing of the enrollment.
 */
@Controller
@WebPage
@ConditionalOnRole(Role.API)
@Hidden
class UnsubscribeController {

	private static final String PAGE = "citizen/unsubscribe";

	private final EmailConsent consent;

	UnsubscribeController(EmailConsent consent) {
		this.consent = consent;
	}

	@GetMapping("/unsubscribe/{id}")
	ModelAndView confirm(@PathVariable String id, @RequestParam(name = "t", required = false) String token) {
		Optional<UUID> subscriber = uuid(id).filter(subscriberId -> consent.isUnsubscribeToken(subscriberId, token));
		if (subscriber.isEmpty()) {
			return notWorking();
		}
		ModelAndView page = new ModelAndView(PAGE, HttpStatus.OK);
		page.addObject("id", subscriber.get());
		page.addObject("token", token);
		page.addObject("done", false);
		return page;
	}

	@PostMapping("/unsubscribe/{id}")
	ModelAndView unsubscribe(@PathVariable String id, @RequestParam(name = "t", required = false) String token) {
		if (!uuid(id).map(subscriberId -> consent.unsubscribe(subscriberId, token)).orElse(false)) {
			return notWorking();
		}
		ModelAndView page = new ModelAndView(PAGE, HttpStatus.OK);
		page.addObject("done", true);
		return page;
	}

	private static ModelAndView notWorking() {
		ModelAndView page = new ModelAndView(PAGE, HttpStatus.NOT_FOUND);
		page.addObject("invalid", true);
		return page;
	}

	private static Optional<UUID> uuid(String id) {
		try {
			return Optional.of(UUID.fromString(id));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}
}
