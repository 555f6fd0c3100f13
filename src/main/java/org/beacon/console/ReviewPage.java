package org.beacon.console;

import java.security.Principal;
import java.util.Locale;
import java.util.UUID;

import org.beacon.broadcast.AlertView;
import org.beacon.broadcast.BroadcastManagement;
import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.Role;
import org.beacon.platform.WebPage;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The review queue (APPROVER and ADMIN): alerts the advisory feed proposed and policy held, with the advisory change
 * behind each, to approve (it is issued) or discard (never sent).
 */
@Controller
@WebPage
@ConditionalOnRole(Role.API)
class ReviewPage {

	private final HeldAlertReview review;

	private final BroadcastManagement broadcasts;

	private final MessageSource messages;

	ReviewPage(HeldAlertReview review, BroadcastManagement broadcasts, MessageSource messages) {
		this.review = review;
		this.broadcasts = broadcasts;
		this.messages = messages;
	}

	@GetMapping("/staff/review")
	String queue(Principal principal, Model model) {
		model.addAttribute("held", review.queue(principal.getName()));
		return "staff/review";
	}

	@PostMapping("/staff/review/{id}/approve")
	String approve(@PathVariable UUID id, Principal principal, RedirectAttributes redirect, Locale locale) {
		AlertView issued = broadcasts.approve(id, principal.getName());
		redirect.addFlashAttribute("notice", messages.getMessage("watch.review.approved", new Object[] { issued.title() },
				locale));
		return "redirect:/staff/alerts/" + id;
	}

	@PostMapping("/staff/review/{id}/discard")
	String discard(@PathVariable UUID id, Principal principal, RedirectAttributes redirect, Locale locale) {
		AlertView discarded = broadcasts.discard(id, principal.getName());
		redirect.addFlashAttribute("notice", messages.getMessage("watch.review.discarded",
				new Object[] { discarded.title() }, locale));
		return "redirect:/staff/review";
	}

	/** An id that is not a UUID names no alert: the not-found page, not a server error. */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView notAnAlert() {
		ModelAndView page = new ModelAndView("error", HttpStatus.NOT_FOUND);
		page.addObject("status", HttpStatus.NOT_FOUND.value());
		return page;
	}
}
