package org.beacon.checkins.web;

import java.security.Principal;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.beacon.checkins.help.HelpCase;
import org.beacon.checkins.help.HelpCaseStateException;
import org.beacon.checkins.help.HelpQueue;
import org.beacon.checkins.store.HelpCaseStore.Status;
import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.InvalidInputException;
import org.beacon.platform.Role;
import org.beacon.platform.WebPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The help queue's pages for crisis staff (the page security allows only CRISIS): the check-ins of their post's
 * countries, and per check-in the citizens who need help with Take and Resolve buttons. A case someone else changed
 * first is explained on the page, not as an error page. Each look at a queue is audited by {@link HelpQueue}.
 */
@Controller
@WebPage
@ConditionalOnRole(Role.API)
class HelpQueuePage {

	private static final int CHECK_INS = 50;

	private static final int CASES = 200;

	private final HelpQueue queue;

	HelpQueuePage(HelpQueue queue) {
		this.queue = queue;
	}

	@GetMapping("/staff/checkins/help")
	String checkIns(Principal principal, Model model) {
		model.addAttribute("checkIns", queue.checkIns(principal.getName(), CHECK_INS));
		return "staff/help-checkins";
	}

	@GetMapping("/staff/checkins/{id}/help")
	String queue(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean resolved,
			@RequestParam(required = false) UUID after, Principal principal, Model model) {
		Set<Status> statuses = resolved ? EnumSet.of(Status.RESOLVED) : EnumSet.of(Status.OPEN, Status.TAKEN);
		model.addAttribute("checkInId", id);
		model.addAttribute("resolved", resolved);
		model.addAttribute("page", queue.queue(id, principal.getName(), statuses, after, CASES));
		model.addAttribute("maxNote", HelpQueue.MAX_NOTE);
		return "staff/help-queue";
	}

	@PostMapping("/staff/checkins/{id}/help/{subscriberId}/take")
	String take(@PathVariable UUID id, @PathVariable UUID subscriberId, Principal principal,
			RedirectAttributes redirect) {
		return act(id, redirect, "help.taken", () -> queue.take(id, subscriberId, principal.getName()));
	}

	@PostMapping("/staff/checkins/{id}/help/{subscriberId}/resolve")
	String resolve(@PathVariable UUID id, @PathVariable UUID subscriberId,
			@RequestParam(required = false) String note, Principal principal, RedirectAttributes redirect) {
		return act(id, redirect, "help.resolved",
				() -> queue.resolve(id, subscriberId, note, principal.getName()));
	}

	private static String act(UUID id, RedirectAttributes redirect, String done, Supplier<HelpCase> action) {
		try {
			HelpCase helpCase = action.get();
			redirect.addFlashAttribute("done", done);
			redirect.addFlashAttribute("doneCase", helpCase.subscriberId());
		}
		catch (HelpCaseStateException ex) {
			redirect.addFlashAttribute("refused", "help.refused." + ex.caseStatus());
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("refused", "help.refused.note");
		}
		return "redirect:/staff/checkins/" + id + "/help";
	}
}
