package org.beacon.staff.web;

import java.security.Principal;
import java.util.List;
import java.util.Optional;

import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.Role;
import org.beacon.platform.WebPage;
import org.beacon.staff.StaffDirectory;
import org.beacon.staff.accounts.StaffAccountNotFoundException;
import org.beacon.staff.signin.Passkeys;
import org.beacon.staff.signin.SecondFactors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

/**
 * A staff member's own account: who and where they are, their passkeys, which they add (the page's script runs the
 * WebAuthn ceremony with Spring Security's endpoints) and delete here, and their authenticator app (TOTP), which they
 * enrol (secret, otpauth URI and QR code; enabled by a first code, which also shows ten recovery codes once) or turn
 * off. Any staff role may open it.
 */
@Controller
@WebPage
@ConditionalOnRole(Role.API)
class OwnAccountPage {

	private final StaffDirectory directory;

	private final Passkeys passkeys;

	private final SecondFactors factors;

	OwnAccountPage(StaffDirectory directory, Passkeys passkeys, SecondFactors factors) {
		this.directory = directory;
		this.passkeys = passkeys;
		this.factors = factors;
	}

	@GetMapping("/staff/account")
	String account(Principal staff, Model model) {
		String username = staff.getName();
		model.addAttribute("member", directory.find(username)
			.orElseThrow(() -> new StaffAccountNotFoundException(username)));
		model.addAttribute("passkeys", passkeys.of(username));
		model.addAttribute("totpEnabled", factors.totpEnabled(username));
		model.addAttribute("recoveryCodesLeft", factors.recoveryCodesLeft(username));
		factors.pending(username).ifPresent(enrolment -> {
			model.addAttribute("enrolment", enrolment);
			model.addAttribute("qr", QrCodes.of(enrolment.uri()));
		});
		return "staff/account";
	}

	/** Starts enrolling an authenticator app: the page then shows its secret and QR code until a code confirms it. */
	@PostMapping("/staff/account/totp")
	String enrol(Principal staff) {
		if (!factors.totpEnabled(staff.getName())) {
			factors.enrol(staff.getName());
		}
		return "redirect:/staff/account#totp";
	}

	/** Confirms the app with a first code; the recovery codes are shown on the next page, once. */
	@PostMapping("/staff/account/totp/confirm")
	String confirm(@RequestParam(defaultValue = "") String code, Principal staff, RedirectAttributes redirect) {
		Optional<List<String>> recovery = factors.confirm(staff.getName(), code.strip());
		if (recovery.isEmpty()) {
			redirect.addFlashAttribute("codeError", true);
			return "redirect:/staff/account#totp";
		}
		redirect.addFlashAttribute("recoveryCodes", recovery.get());
		return "redirect:/staff/account?totp-enabled#totp";
	}

	/** Turns the authenticator app off, and its recovery codes with it. */
	@PostMapping("/staff/account/totp/disable")
	String disable(Principal staff) {
		factors.disable(staff.getName());
		return "redirect:/staff/account?totp-disabled#totp";
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
