package org.beacon.subscribers.web;

import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.servlet.http.HttpSession;

import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.InvalidInputException;
import org.beacon.platform.Role;
import org.beacon.platform.WebPage;
import org.beacon.subscribers.Enrolled;
import org.beacon.subscribers.Enrollment;
import org.beacon.subscribers.EnrollmentRequest;
import org.beacon.subscribers.Retention;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The home page: what Beacon is and the enrollment form, with the privacy notice (how long Beacon keeps the data). Adding or removing a place, or showing a country's
 * regions, is a submit of the form itself, so it works without JavaScript; a small script makes it quicker.
 */
@Controller
@WebPage
@ConditionalOnRole(Role.API)
class EnrollPage {

	private final Enrollment enrollment;

	private final EnrollFormCheck check;

	private final PlaceChoices choices;

	private final ErrorSummary summary;

	private final Retention retention;

	EnrollPage(Enrollment enrollment, EnrollFormCheck check, PlaceChoices choices, ErrorSummary summary,
			Retention retention) {
		this.enrollment = enrollment;
		this.check = check;
		this.choices = choices;
		this.summary = summary;
		this.retention = retention;
	}

	@GetMapping("/")
	String form(Model model, Locale locale) {
		EnrollForm form = new EnrollForm();
		form.setLocale(locale.getLanguage().equals("es") ? "es" : "en");
		return page(form, model, locale);
	}

	@PostMapping(path = "/", params = "addPlace")
	String addPlace(@ModelAttribute("form") EnrollForm form, BindingResult errors, Model model, Locale locale) {
		model.addAttribute("focusPlace", form.addPlace());
		return page(form, errors, model, locale);
	}

	@PostMapping(path = "/", params = "removePlace")
	String removePlace(@ModelAttribute("form") EnrollForm form, BindingResult errors, @RequestParam int removePlace,
			Model model, Locale locale) {
		form.removePlace(removePlace);
		return page(form, errors, model, locale);
	}

	@PostMapping(path = "/", params = "showRegions")
	String showRegions(@ModelAttribute("form") EnrollForm form, BindingResult errors,
			@RequestParam(defaultValue = "0") String showRegions, Model model, Locale locale) {
		// Back where the visitor was: the page opens on the region list they asked for.
		model.addAttribute("focusRegion", PlaceIndex.of(showRegions, form));
		return page(form, errors, model, locale);
	}

	@PostMapping(path = "/", params = { "!addPlace", "!removePlace", "!showRegions" })
	String enroll(@Valid @ModelAttribute("form") EnrollForm form, BindingResult errors, Model model, Locale locale,
			HttpSession session) {
		EnrollmentRequest request = check.check(form, errors, true);
		if (request == null) {
			return page(form, errors, model, locale);
		}
		try {
			Enrolled enrolled = enrollment.enroll(request);
			CitizenSession.enrolled(session, enrolled.subscriber().id());
			return "redirect:/enrolled";
		}
		catch (InvalidInputException refused) {
			EnrollFormCheck.reject(refused, errors);
			return page(form, errors, model, locale);
		}
	}

	/** The form again, with what is wrong with it listed above it. */
	private String page(EnrollForm form, Errors errors, Model model, Locale locale) {
		summary.addTo(model, errors, locale);
		return page(form, model, locale);
	}

	private String page(EnrollForm form, Model model, Locale locale) {
		model.addAttribute("form", form);
		// The privacy notice states the retention rule with the configured numbers.
		model.addAttribute("retention", retention.terms());
		choices.addTo(model, form, locale);
		return "citizen/enroll";
	}
}
