package org.beacon.staff.web;

import java.security.Principal;

import jakarta.validation.Valid;

import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.Role;
import org.beacon.platform.WebPage;
import org.beacon.staff.StaffRole;
import org.beacon.staff.accounts.AdminRefusedException;
import org.beacon.staff.accounts.PostAdministration;
import org.beacon.staff.accounts.StaffAccountView;
import org.beacon.staff.accounts.StaffAdministration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One staff account for administrators: change its name, post and roles, disable or enable it, set a new password.
 * Each form posts on its own; a refusal (an administrator demoting or disabling themselves, a weak password) is shown
 * beside its field with what was typed kept. An unknown account is a 404 page.
 */
@Controller
@WebPage
@ConditionalOnRole(Role.API)
class AccountPage {

	static final String VIEW = "staff/admin-account";

	private final StaffAdministration administration;

	private final PostAdministration posts;

	AccountPage(StaffAdministration administration, PostAdministration posts) {
		this.administration = administration;
		this.posts = posts;
	}

	@GetMapping("/staff/admin/accounts/{username}")
	String account(@PathVariable String username, Principal admin, Model model) {
		StaffAccountView account = administration.account(username);
		model.addAttribute("changeForm", AccountChangeForm.of(account));
		model.addAttribute("passwordForm", new PasswordForm());
		return fill(account, admin, model);
	}

	@PostMapping("/staff/admin/accounts/{username}")
	String change(@PathVariable String username, @Valid @ModelAttribute("changeForm") AccountChangeForm form,
			BindingResult errors, Principal admin, Model model, RedirectAttributes redirect) {
		StaffAccountView account = administration.account(username);
		if (AdminRefusals.carriedOut(errors, () -> administration.change(username, form.getDisplayName(),
				form.getPostId(), form.getRoles(), admin.getName()))) {
			return done(username, "admin.account.changed", redirect);
		}
		model.addAttribute("passwordForm", new PasswordForm());
		return fill(account, admin, model);
	}

	@PostMapping("/staff/admin/accounts/{username}/enabled")
	String enable(@PathVariable String username, @RequestParam(defaultValue = "false") boolean enabled,
			Principal admin, Model model, RedirectAttributes redirect) {
		try {
			administration.enable(username, enabled, admin.getName());
			return done(username, enabled ? "admin.account.enabled" : "admin.account.disabled", redirect);
		}
		catch (AdminRefusedException ex) {
			model.addAttribute("enableError", ex.code());
			return account(username, admin, model);
		}
	}

	@PostMapping("/staff/admin/accounts/{username}/password")
	String password(@PathVariable String username, @Valid @ModelAttribute("passwordForm") PasswordForm form,
			BindingResult errors, Principal admin, Model model, RedirectAttributes redirect) {
		StaffAccountView account = administration.account(username);
		if (AdminRefusals.carriedOut(errors,
				() -> administration.resetPassword(username, form.getPassword(), admin.getName()))) {
			return done(username, "admin.account.passwordSet", redirect);
		}
		model.addAttribute("changeForm", AccountChangeForm.of(account));
		return fill(account, admin, model);
	}

	private static String done(String username, String message, RedirectAttributes redirect) {
		redirect.addFlashAttribute("done", message);
		redirect.addAttribute("username", username);
		return "redirect:/staff/admin/accounts/{username}";
	}

	private String fill(StaffAccountView account, Principal admin, Model model) {
		model.addAttribute("account", account);
		model.addAttribute("self", account.username().equals(admin.getName()));
		model.addAttribute("posts", posts.posts());
		model.addAttribute("roles", StaffRole.values());
		return VIEW;
	}
}
