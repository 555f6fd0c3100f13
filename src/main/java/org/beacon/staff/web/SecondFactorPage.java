package org.beacon.staff.web;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;

import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.Role;
import org.beacon.platform.WebPage;
import org.beacon.staff.accounts.SecondFactorPolicy;
import org.beacon.staff.signin.Passkeys;
import org.beacon.staff.signin.SecondFactors;
import org.beacon.staff.signin.SecondStep;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second step of a password sign-in, where the post requires it: a code of the staff member's authenticator app
 * or one of their recovery codes. One who has set up neither is told to set one up on their account page. A wrong
 * code counts as a failed sign-in of the account (the sign-in throttle's), so codes cannot be guessed faster than
 * passwords.
 */
@Controller
@WebPage
@ConditionalOnRole(Role.API)
class SecondFactorPage {

	private final SecondFactorPolicy policy;

	private final SecondFactors factors;

	private final Passkeys passkeys;

	private final ApplicationEventPublisher events;

	SecondFactorPage(SecondFactorPolicy policy, SecondFactors factors, Passkeys passkeys,
			ApplicationEventPublisher events) {
		this.policy = policy;
		this.factors = factors;
		this.passkeys = passkeys;
		this.events = events;
	}

	@GetMapping(SecondStep.PAGE)
	String step(Principal staff, Model model) {
		if (!policy.requiredFor(staff.getName())) {
			return "redirect:/staff";
		}
		return page(staff.getName(), model);
	}

	@PostMapping(SecondStep.PAGE)
	String give(@RequestParam(defaultValue = "") String code, Principal staff, HttpServletRequest request,
			Model model) {
		String username = staff.getName();
		String given = code.strip();
		if (!given.isEmpty() && (factors.acceptCode(username, given) || factors.acceptRecoveryCode(username, given))) {
			SecondStep.passed(request, username);
			return "redirect:/staff";
		}
		UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(username, "");
		attempt.setDetails(new WebAuthenticationDetails(request));
		events.publishEvent(new AuthenticationFailureBadCredentialsEvent(attempt,
				new BadCredentialsException("Wrong second factor")));
		model.addAttribute("codeError", true);
		return page(username, model);
	}

	/** The step's page: a code form where an app is set up, else the way to a passkey or to setting one up. */
	private String page(String username, Model model) {
		model.addAttribute("totpEnabled", factors.totpEnabled(username));
		model.addAttribute("hasPasskey", !passkeys.of(username).isEmpty());
		return "staff/second-factor";
	}
}
