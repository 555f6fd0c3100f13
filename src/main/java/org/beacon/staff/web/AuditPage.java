package org.beacon.staff.web;

import java.util.List;
import java.util.UUID;

import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.Role;
import org.beacon.platform.WebPage;
import org.beacon.staff.audit.AuditQuery;
import org.beacon.staff.audit.AuditTrail;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit log for administrators (the page security allows only ADMIN): every staff action, newest first,
 * filtered by alert or user, a page at a time. A malformed filter is explained beside its field.
 */
@Controller
@WebPage
@ConditionalOnRole(Role.API)
class AuditPage {

	static final int PAGE_SIZE = 50;

	private final AuditTrail trail;

	AuditPage(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping("/staff/audit")
	String audit(@RequestParam(required = false) String alert, @RequestParam(required = false) String user,
			@RequestParam(defaultValue = "0") String page, Model model) {
		String alertFilter = alert == null ? "" : alert.strip();
		UUID alertId = null;
		if (!alertFilter.isEmpty()) {
			try {
				alertId = UUID.fromString(alertFilter);
			}
			catch (IllegalArgumentException ex) {
				model.addAttribute("alertError", true);
			}
		}
		int number = pageNumber(page);
		AuditQuery query = new AuditQuery(alertId, user);
		AuditTrail.AuditPage entries = model.containsAttribute("alertError")
				? new AuditTrail.AuditPage(List.of(), 0, PAGE_SIZE, 0) : trail.search(query, number, PAGE_SIZE);
		model.addAttribute("alertFilter", alertFilter);
		model.addAttribute("userFilter", query.username() == null ? "" : query.username());
		model.addAttribute("entries", entries);
		return "staff/audit";
	}

	/** A page number from the address; anything else than a small non-negative number is the first page. */
	private static int pageNumber(String page) {
		try {
			return Math.max(0, Math.min(Integer.parseInt(page.strip()), 1_000_000));
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}
}
