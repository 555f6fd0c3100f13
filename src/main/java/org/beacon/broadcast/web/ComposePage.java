package org.beacon.broadcast.web;

import java.security.Principal;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.beacon.broadcast.AlertView;
import org.beacon.broadcast.issuing.AlertSubmissions;
import org.beacon.broadcast.issuing.AudienceEstimates;
import org.beacon.broadcast.issuing.OutsidePostException;
import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.InvalidInputException;
import org.beacon.platform.Role;
import org.beacon.platform.WebPage;
import org.beacon.staff.StaffMember;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The compose page: an officer writes an alert for their post's countries and sees how many citizens it would reach
 * (counts per channel, never who); {@link ComposeSending} sends it.
 */
@Controller
@WebPage
@ConditionalOnRole(Role.API)
class ComposePage {

	static final String VIEW = "staff/compose";

	private final Officers officers;

	private final AudienceEstimates estimates;

	private final ComposeModel models;

	private final MessageSource messages;

	private final AlertSubmissions submissions;

	private final Clock clock;

	ComposePage(Officers officers, AudienceEstimates estimates, ComposeModel models, MessageSource messages,
			AlertSubmissions submissions, Clock clock) {
		this.clock = clock;
		this.officers = officers;
		this.estimates = estimates;
		this.models = models;
		this.messages = messages;
		this.submissions = submissions;
	}

	/**
	 * Opens a new form under a one-time key in its address, so that the page Back returns to after a send is the
	 * same form, which then says it was sent. With {@code checkIn}, the form starts a check-in (the officer may still
	 * untick it).
	 */
	@GetMapping("/staff/alerts/new")
	String form(@RequestParam(name = "submission", required = false) String submission,
			@RequestParam(name = "checkIn", defaultValue = "false") boolean checkIn, Principal principal, Locale locale,
			Model model) {
		StaffMember member = officers.officer(principal);
		if (!ComposeForm.isSubmissionKey(submission)) {
			return "redirect:/staff/alerts/new?submission=" + UUID.randomUUID() + (checkIn ? "&checkIn=true" : "");
		}
		Optional<AlertView> sent = submissions.sent(member.username(), submission);
		if (sent.isPresent()) {
			model.addAttribute("member", member);
			model.addAttribute("alreadySent", sent.get());
			return VIEW;
		}
		ComposeForm form = new ComposeForm();
		form.setSubmission(submission);
		form.setCheckIn(checkIn);
		form.setDeadlineHours(models.defaultDeadlineHours());
		if (member.countries().size() == 1) {
			form.getCountries().addAll(member.countries());
		}
		model.addAttribute("composeForm", form);
		models.fill(model, member, form, locale);
		return VIEW;
	}

	/**
	 * The audience preview: a fragment for htmx, or the whole page with the preview for a browser without script.
	 * Only the area, channels and severity matter; the rest of the form may still be incomplete.
	 */
	@PostMapping("/staff/alerts/new/audience")
	String audience(@ModelAttribute("composeForm") ComposeForm form, BindingResult errors, Principal principal,
			Locale locale, Model model, HttpServletRequest request) {
		StaffMember member = officers.officer(principal);
		ComposeErrors.checkArea(form, errors, models.minRadiusKm());
		if (form.getChannels().isEmpty()) {
			errors.rejectValue("channels", "compose.error.channels");
		}
		if (!errors.hasErrors()) {
			try {
				model.addAttribute("estimate",
						estimates.estimate(form.area(), form.getChannels(), form.getSeverity(),
								form.timing(clock.instant()),
								member.username()));
				model.addAttribute("fewerThan", AudienceEstimates.FEWER_THAN);
			}
			catch (InvalidInputException | OutsidePostException ex) {
				ComposeErrors.reject(ex, errors);
			}
		}
		model.addAttribute("audienceErrors", errors.getAllErrors().stream()
			.map(error -> messages.getMessage(error, locale))
			.toList());
		if (request.getHeader("HX-Request") != null) {
			return VIEW + " :: audience";
		}
		models.fill(model, member, form, locale);
		return VIEW;
	}
}
