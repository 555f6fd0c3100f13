package org.beacon.subscribers.web;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.InvalidInputException;
import org.beacon.platform.Role;
import org.beacon.platform.WebPage;
import org.beacon.subscribers.Account;
import org.beacon.subscribers.EnrollmentRequest;
import org.beacon.subscribers.SubscriberView;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in citizen's account (role CITIZEN, checked by the security chain): edit places, dates, channels and
 * language, pause alerts, download their data, delete the enrollment. The citizen is the one the session signed in.
 */
@Controller
@WebPage
@ConditionalOnRole(Role.API)
class AccountPages {

	private final Account account;

	private final EnrollFormCheck check;

	private final PlaceChoices choices;

	private final ErrorSummary summary;

	AccountPages(Account account, EnrollFormCheck check, PlaceChoices choices, ErrorSummary summary) {
		this.account = account;
		this.check = check;
		this.choices = choices;
		this.summary = summary;
	}

	@GetMapping("/account")
	String show(Model model, Locale locale) {
		UUID id = me();
		return page(EnrollForm.of(account.view(id)), id, model, locale);
	}

	@PostMapping(path = "/account", params = "addPlace")
	String addPlace(@ModelAttribute("form") EnrollForm form, BindingResult errors, Model model, Locale locale) {
		model.addAttribute("focusPlace", form.addPlace());
		return page(form, errors, me(), model, locale);
	}

	@PostMapping(path = "/account", params = "removePlace")
	String removePlace(@ModelAttribute("form") EnrollForm form, BindingResult errors, @RequestParam int removePlace,
			Model model, Locale locale) {
		form.removePlace(removePlace);
		return page(form, errors, me(), model, locale);
	}

	@PostMapping(path = "/account", params = "showRegions")
	String showRegions(@ModelAttribute("form") EnrollForm form, BindingResult errors,
			@RequestParam(defaultValue = "0") String showRegions, Model model, Locale locale) {
		// Back where the citizen was: the page opens on the region list they asked for.
		model.addAttribute("focusRegion", PlaceIndex.of(showRegions, form));
		return page(form, errors, me(), model, locale);
	}

	@PostMapping(path = "/account", params = { "!addPlace", "!removePlace", "!showRegions" })
	String save(@Valid @ModelAttribute("form") EnrollForm form, BindingResult errors, Model model, Locale locale,
			RedirectAttributes redirect) {
		UUID id = me();
		EnrollmentRequest request = check.check(form, errors, false);
		if (request == null) {
			return page(form, errors, id, model, locale);
		}
		SubscriberView before = account.view(id);
		try {
			SubscriberView after = account.change(id, request);
			saved(before, after, redirect);
		}
		catch (InvalidInputException refused) {
			EnrollFormCheck.reject(refused, errors);
			return page(form, errors, id, model, locale);
		}
		return "redirect:/account";
	}

	/**
	 * Says that the changes are saved and, only for a contact point that changed and awaits its confirmation, that
	 * the link or code sent to it must be used: nothing about an address or number the citizen left as it was.
	 */
	private static void saved(SubscriberView before, SubscriberView after, RedirectAttributes redirect) {
		redirect.addFlashAttribute("saved", true);
		redirect.addFlashAttribute("confirmEmail", after.email() != null && !after.emailVerified()
				&& !after.email().equals(before.email()));
		redirect.addFlashAttribute("confirmPhone", after.phone() != null && !after.phoneVerified()
				&& !after.phone().equals(before.phone()));
	}

	@PostMapping("/account/pause")
	String pause(@RequestParam boolean paused, RedirectAttributes redirect) {
		account.pause(me(), paused);
		redirect.addFlashAttribute(paused ? "pausedNow" : "resumedNow", true);
		return "redirect:/account";
	}

	@GetMapping("/account/data")
	ResponseEntity<Map<String, Object>> data() {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("beacon-my-data.json").build().toString())
			.body(account.export(me()));
	}

	@GetMapping("/account/delete")
	String confirmDelete() {
		return "citizen/delete";
	}

	@PostMapping("/account/delete")
	String delete(HttpServletRequest request) {
		account.delete(me());
		CitizenSession.end(request);
		// Shown at once, not after a redirect: the citizen is no longer signed in to /account.
		return "citizen/deleted";
	}

	/** The form again, with what is wrong with it listed above it. */
	private String page(EnrollForm form, Errors errors, UUID id, Model model, Locale locale) {
		summary.addTo(model, errors, locale);
		return page(form, id, model, locale);
	}

	private String page(EnrollForm form, UUID id, Model model, Locale locale) {
		SubscriberView view = account.view(id);
		model.addAttribute("form", form);
		model.addAttribute("me", view);
		choices.addTo(model, form, locale);
		return "citizen/account";
	}

	private static UUID me() {
		return CitizenSession.signedIn().orElseThrow(() -> new IllegalStateException("the security chain lets only citizens in"));
	}
}
