package org.beacon.subscribers.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.Role;
import org.beacon.platform.WebPage;
import org.beacon.subscribers.Retention;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The link in the notice that an enrollment left without a place will be deleted. As a sign-in link, it opens a page
 * with a button, so a scanner that fetches it keeps nothing; the button keeps the enrollment and signs the citizen in
 * to their account, where they are asked to add their next trip.
 */
@Controller
@WebPage
@ConditionalOnRole(Role.API)
class KeepPages {

	private final Retention retention;

	KeepPages(Retention retention) {
		this.retention = retention;
	}

	@GetMapping("/keep")
	String link(@RequestParam(name = "t", required = false) String token, Model model) {
		model.addAttribute("token", token);
		return "citizen/keep";
	}

	@PostMapping("/keep")
	String keep(@RequestParam(name = "t", required = false) String token, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		return retention.keep(token).map(id -> {
			CitizenSession.signIn(id, request, response);
			redirect.addFlashAttribute("keptDays", retention.terms().daysAfterTrip());
			return "redirect:/account";
		}).orElseGet(() -> {
			model.addAttribute("invalid", true);
			return "citizen/keep";
		});
	}
}
