package org.beacon.staff.web;

import java.security.Principal;

import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.Role;
import org.beacon.platform.WebPage;
import org.beacon.staff.StaffDirectory;
import org.beacon.staff.accounts.StaffAccountNotFoundException;
import org.beacon.staff.signin.Passkeys;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * A staff member's own account: who and where they are, and their passkeys, which they add (the page's script runs
 * the WebAuthn ceremony with Spring Security's endpoints) and delete here. Any staff role may open it.
 */
@Controller
@WebPage
@ConditionalOnRole(Role.API)
class OwnAccountPage {

	private final StaffDirectory directory;

	private final Passkeys passkeys;

	OwnAccountPage(StaffDirectory directory, Passkeys passkeys) {
		this.directory = directory;
		this.passkeys = passkeys;
	}

	@GetMapping("/staff/account")
	String account(Principal staff, Model model) {
		model.addAttribute("member", directory.find(staff.getName())
			.orElseThrow(() -> new StaffAccountNotFoundException(staff.getName())));
		model.addAttribute("passkeys", passkeys.of(staff.getName()));
		return "staff/account";
	}

	/** Deletes one of the member's own passkeys; another account's, or one gone already, is a 404. */
	@PostMapping("/staff/account/passkeys/{id}/delete")
	String delete(@PathVariable String id, Principal staff) {
		if (!passkeys.delete(staff.getName(), id)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return "redirect:/staff/account?passkey-deleted";
	}
}
