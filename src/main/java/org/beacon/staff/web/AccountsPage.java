package org.beacon.staff.web;

import java.security.Principal;

import jakarta.validation.Valid;

import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.Role;
import org.beacon.platform.WebPage;
import org.beacon.staff.StaffRole;
import org.beacon.staff.accounts.PostAdministration;
import org.beacon.staff.accounts.StaffAdministration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff accounts for administrators (the page security allows only ADMIN): every account with its post, roles and
 * whether it is enabled, and a form that creates one. A refused account is shown again with its errors beside their
 * fields and everything typed kept.
 */
@Controller
@WebPage
@ConditionalOnRole(Role.API)
class AccountsPage {

	static final String VIEW = "staff/admin-accounts";

	private final StaffAdministration administration;

	private final PostAdministration posts;

	AccountsPage(StaffAdministration administration, PostAdministration posts) {
		this.administration = administration;
		this.posts = posts;
	}

	@GetMapping("/staff/admin/accounts")
	String accounts(Model model) {
		model.addAttribute("accountForm", new AccountForm());
		return fill(model);
	}

	@PostMapping("/staff/admin/accounts")
	String create(@Valid @ModelAttribute("accountForm") AccountForm form, BindingResult errors, Principal admin,
			Model model, RedirectAttributes redirect) {
		if (AdminRefusals.carriedOut(errors, () -> administration.create(form.getUsername(), form.getDisplayName(),
				form.getPostId(), form.getRoles(), form.getPassword(), admin.getName()))) {
			redirect.addFlashAttribute("done", "admin.accounts.created");
			redirect.addFlashAttribute("doneArgument", form.getUsername());
			return "redirect:/staff/admin/accounts";
		}
		return fill(model);
	}

	private String fill(Model model) {
		model.addAttribute("accounts", administration.accounts());
		model.addAttribute("posts", posts.posts());
		model.addAttribute("roles", StaffRole.values());
		return VIEW;
	}
}
