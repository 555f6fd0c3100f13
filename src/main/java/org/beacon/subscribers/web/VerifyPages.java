package org.beacon.subscribers.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.Role;
import org.beacon.platform.WebPage;
import org.beacon.subscribers.Channel;
import org.beacon.subscribers.Verification;
import org.beacon.subscribers.Verification.Check;
import org.beacon.subscribers.Verification.Result;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Verification pages: after enrolling, what is left to confirm. The email link opens a page with a button (a link
 * scanner that fetches it verifies nothing); the SMS code is typed on a page that knows the citizen from the session.
 */
@Controller
@WebPage
@ConditionalOnRole(Role.API)
class VerifyPages {

	private final Verification verification;

	VerifyPages(Verification verification) {
		this.verification = verification;
	}

	/** Where a citizen lands once enrolled: which contact points still await their link or code. */
	@GetMapping("/enrolled")
	String enrolled(HttpServletRequest request, Model model) {
		UUID id = CitizenSession.current(request).orElse(null);
		if (id == null) {
			return "redirect:/";
		}
		verification.status(id).ifPresent(status -> model.addAttribute("status", status));
		return "citizen/enrolled";
	}

	@GetMapping("/verify/email")
	String emailLink(@RequestParam(name = "t", required = false) String token, Model model) {
		model.addAttribute("token", token);
		return "citizen/verify-email";
	}

	@PostMapping("/verify/email")
	String verifyEmail(@RequestParam(name = "t", required = false) String token, Model model) {
		Result result = verification.verifyEmail(token);
		model.addAttribute("result", result.check().name());
		if (result.subscriberId() != null) {
			verification.status(result.subscriberId()).ifPresent(status -> model.addAttribute("status", status));
		}
		model.addAttribute("signedIn", CitizenSession.signedIn().isPresent());
		return "citizen/verify-email";
	}

	@GetMapping("/verify/phone")
	String phone(HttpServletRequest request, Model model) {
		return CitizenSession.current(request).map(id -> phonePage(id, model)).orElse("redirect:/signin");
	}

	@PostMapping("/verify/phone")
	String verifyPhone(@RequestParam(required = false) String code, HttpServletRequest request, Model model) {
		UUID id = CitizenSession.current(request).orElse(null);
		if (id == null) {
			return "redirect:/signin";
		}
		if (code == null || !code.strip().matches("\\d{6}")) {
			model.addAttribute("codeError", "citizen.verify.phone.format");
			model.addAttribute("code", code);
			return phonePage(id, model);
		}
		Result result = verification.verifyPhone(id, code.strip());
		if (result.check() != Check.VERIFIED) {
			model.addAttribute("codeError", "citizen.verify.phone." + result.check().name());
			model.addAttribute("attemptsLeft", result.attemptsLeft());
			model.addAttribute("code", code);
		}
		return phonePage(id, model);
	}

	@PostMapping("/verify/resend")
	String resend(@RequestParam String channel, HttpServletRequest request, Model model) {
		UUID id = CitizenSession.current(request).orElse(null);
		if (id == null) {
			return "redirect:/signin";
		}
		Channel which = "SMS".equals(channel) ? Channel.SMS : Channel.EMAIL;
		model.addAttribute("resent", verification.resend(id, which).isEmpty() ? "sent" : "wait");
		return which == Channel.SMS ? phonePage(id, model) : "redirect:/enrolled";
	}

	private String phonePage(UUID id, Model model) {
		verification.status(id).ifPresent(status -> model.addAttribute("status", status));
		// Where to go once the number is confirmed: the account of a signed-in citizen, else the enrollment just made.
		model.addAttribute("signedIn", CitizenSession.signedIn().isPresent());
		return "citizen/verify-phone";
	}
}
