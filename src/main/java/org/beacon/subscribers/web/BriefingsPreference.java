package org.beacon.subscribers.web;

import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.Role;
import org.beacon.platform.WebPage;
import org.beacon.subscribers.Account;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in citizen turns trip briefings (a message before each trip and one on arriving) on or off, from their
 * account page; the API does the same through the enrollment's {@code briefings}.
 */
@Controller
@WebPage
@ConditionalOnRole(Role.API)
class BriefingsPreference {

	private final Account account;

	BriefingsPreference(Account account) {
		this.account = account;
	}

	@PostMapping("/account/briefings")
	String change(@RequestParam boolean briefings, RedirectAttributes redirect) {
		account.briefings(CitizenSession.signedIn()
			.orElseThrow(() -> new IllegalStateException("the security chain lets only citizens in")), briefings);
		redirect.addFlashAttribute(briefings ? "briefingsOn" : "briefingsOff", true);
		return "redirect:/account";
	}
}
