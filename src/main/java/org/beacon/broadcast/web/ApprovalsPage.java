package org.beacon.broadcast.web;

import java.security.Principal;
import java.util.UUID;
import java.util.function.Supplier;

import org.beacon.broadcast.AlertView;
import org.beacon.broadcast.approval.AlertApprovals;
import org.beacon.broadcast.approval.ApprovalRefusedException;
import org.beacon.broadcast.store.AlertStateException;
import org.beacon.platform.ConditionalOnRole;
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
 * Alerts awaiting a second person (two-person rule), for approvers whose post covers them: each with its words, its
 * audience now, and approve and reject buttons. A decision that can no longer be taken (someone else decided first,
 * or it is the approver's own alert) is explained on the page, not as an error page.
 */
@Controller
@WebPage
@ConditionalOnRole(Role.API)
class ApprovalsPage {

	private static final int LIMIT = 50;

	private final AlertApprovals approvals;

	ApprovalsPage(AlertApprovals approvals) {
		this.approvals = approvals;
	}

	@GetMapping("/staff/approvals")
	String list(Principal principal, Model model) {
		model.addAttribute("awaiting", approvals.awaiting(principal.getName(), LIMIT));
		return "staff/approvals";
	}

	@PostMapping("/staff/approvals/{id}/approve")
	String approve(@PathVariable UUID id, Principal principal, RedirectAttributes redirect) {
		return decide(id, redirect, "approvals.approved", () -> approvals.approve(id, principal.getName()));
	}

	@PostMapping("/staff/approvals/{id}/reject")
	String reject(@PathVariable UUID id, @RequestParam(required = false) String reason, Principal principal,
			RedirectAttributes redirect) {
		String why = reason == null ? null : reason.strip();
		if (why != null && why.length() > 500) {
			why = why.substring(0, 500);
		}
		String kept = why;
		return decide(id, redirect, "approvals.rejected", () -> approvals.reject(id, principal.getName(), kept));
	}

	private String decide(UUID id, RedirectAttributes redirect, String done, Supplier<AlertView> decision) {
		try {
			AlertView alert = decision.get();
			redirect.addFlashAttribute("decided", done);
			redirect.addFlashAttribute("decidedTitle", alert.title());
			redirect.addFlashAttribute("decidedId", alert.id());
		}
		catch (ApprovalRefusedException ex) {
			redirect.addFlashAttribute("refused", "approvals.refused.own");
		}
		catch (AlertStateException ex) {
			redirect.addFlashAttribute("refused", "approvals.refused.decided");
		}
		return "redirect:/staff/approvals";
	}

}
