package org.beacon.subscribers.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.Role;
import org.beacon.platform.WebPage;
import org.beacon.subscribers.SignIn;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Email me a sign-in link". The answer is the same whether the address is enrolled or not. The link opens a page
 * with a button, so a scanner that fetches it does not use it up; the button signs the citizen in.
 */
@Controller
@WebPage
@ConditionalOnRole(Role.API)
class SignInPages {

	private final SignIn signIn;

	SignInPages(SignIn signIn) {
		this.signIn = signIn;
	}

	@GetMapping("/signin")
	String form() {
		return "citizen/signin";
	}

	@PostMapping("/signin")
	String send(@RequestParam(required = false) String email, Model model) {
		if (email == null || !email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			model.addAttribute("emailError", "citizen.error.email.invalid");
			model.addAttribute("email", email);
			return "citizen/signin";
		}
		signIn.requestLink(email);
		model.addAttribute("sent", true);
		return "citizen/signin";
	}

	@GetMapping("/signin/link")
	String link(@RequestParam(name = "t", required = false) String token, Model model) {
		model.addAttribute("token", token);
		return "citizen/signin-link";
	}

	@PostMapping("/signin/link")
	String redeem(@RequestParam(name = "t", required = false) String token, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		return signIn.redeem(token).map(id -> {
			CitizenSession.signIn(id, request, response);
			return "redirect:/account";
		}).orElseGet(() -> {
			model.addAttribute("invalid", true);
			return "citizen/signin-link";
		});
	}
}
