package org.beacon.broadcast;

import java.security.Principal;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.InvalidInputException;
import org.beacon.platform.Role;
import org.beacon.platform.WebPage;
import org.beacon.staff.StaffDirectory;
import org.beacon.staff.StaffMember;
import org.beacon.staff.StaffRole;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The compose page: an officer writes an alert for their post's countries, sees how many citizens it would reach
 * (counts per channel, never who) and sends it. Errors are shown beside their fields with everything typed kept.
 */
@Controller
@WebPage
@ConditionalOnRole(Role.API)
class ComposePage {

	static final String VIEW = "staff/compose";

	private final StaffDirectory staff;

	private final BroadcastManagement broadcasts;

	private final AudienceEstimates estimates;

	private final ComposeModel models;

	private final MessageSource messages;

	private final AlertSubmissions submissions;

	ComposePage(StaffDirectory staff, BroadcastManagement broadcasts, AudienceEstimates estimates,
			ComposeModel models, MessageSource messages, AlertSubmissions submissions) {
		this.messages = messages;
		this.submissions = submissions;
		this.staff = staff;
		this.broadcasts = broadcasts;
		this.estimates = estimates;
		this.models = models;
	}

	/**
	 * Opens a new form under a one-time key in its address, so that the page Back returns to after a send is the
	 * same form, which then says it was sent.
	 */
	@GetMapping("/staff/alerts/new")
	String form(@RequestParam(name = "submission", required = false) String submission, Principal principal,
			Locale locale, Model model) {
		StaffMember member = officer(principal);
		if (!ComposeForm.isSubmissionKey(submission)) {
			return "redirect:/staff/alerts/new?submission=" + UUID.randomUUID();
		}
		Optional<AlertView> sent = submissions.sent(member.username(), submission);
		if (sent.isPresent()) {
			model.addAttribute("member", member);
			model.addAttribute("alreadySent", sent.get());
			return VIEW;
		}
		ComposeForm form = new ComposeForm();
		form.setSubmission(submission);
		if (member.countries().size() == 1) {
			form.getCountries().addAll(member.countries());
		}
		model.addAttribute("composeForm", form);
		models.fill(model, member, form, locale);
		return VIEW;
	}

	/**
	 * Sends the alert once per form: a form sent before (Back, then Send) shows the alert it sent. An alert the
	 * preview says reaches no one is sent only when the officer confirms it.
	 */
	@PostMapping("/staff/alerts/new")
	String send(@Valid @ModelAttribute("composeForm") ComposeForm form, BindingResult errors, Principal principal,
			Locale locale, Model model, RedirectAttributes redirect) {
		StaffMember member = officer(principal);
		if (!ComposeForm.isSubmissionKey(form.getSubmission())) {
			form.setSubmission(UUID.randomUUID().toString());
		}
		Optional<AlertView> sent = submissions.sent(member.username(), form.getSubmission());
		if (sent.isPresent()) {
			return shown(sent.get(), "compose.sent.already", locale, redirect);
		}
		ComposeErrors.checkArea(form, errors, models.minRadiusKm());
		ComposeErrors.checkSpanish(form, errors);
		ComposeErrors.checkSms(form, errors, models.maxSmsSegments());
		if (!errors.hasErrors()) {
			try {
				AudienceEstimates.AudienceEstimate estimate = estimates.estimate(form.area(), form.getChannels(),
						form.getSeverity(), member.username());
				if (!estimate.reachesNoOne() || form.isSendToNoOne()) {
					return submit(form, member, locale, redirect);
				}
				errors.rejectValue("sendToNoOne", "compose.error.noRecipients");
				model.addAttribute("estimate", estimate);
				model.addAttribute("fewerThan", AudienceEstimates.FEWER_THAN);
				model.addAttribute("noRecipientsRefused", true);
			}
			catch (InvalidInputException | OutsidePostException ex) {
				ComposeErrors.reject(ex, errors);
			}
		}
		models.fill(model, member, form, locale);
		return VIEW;
	}

	private String submit(ComposeForm form, StaffMember member, Locale locale, RedirectAttributes redirect) {
		IssueAlertRequest request = form.toRequest();
		try {
			AlertSubmissions.Outcome outcome = submissions.submit(request, member.username(),
					new Submission(form.getSubmission(), Submission.digest(request)));
			return shown(outcome.alert(), outcome.replayed() ? "compose.sent.already"
					: outcome.alert().status() == AlertStatus.PENDING_APPROVAL ? "compose.sent.pending"
							: "compose.sent.issued", locale, redirect);
		}
		catch (IdempotencyKeyReusedException ex) {
			return shown(broadcasts.find(ex.first(), member.username()), "compose.sent.already", locale, redirect);
		}
	}

	private String shown(AlertView alert, String message, Locale locale, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", messages.getMessage(message, null, locale));
		return "redirect:/staff/alerts/" + alert.id();
	}

	/**
	 * The audience preview: a fragment for htmx, or the whole page with the preview for a browser without script.
	 * Only the area, channels and severity matter; the rest of the form may still be incomplete.
	 */
	@PostMapping("/staff/alerts/new/audience")
	String audience(@ModelAttribute("composeForm") ComposeForm form, BindingResult errors, Principal principal,
			Locale locale, Model model, HttpServletRequest request) {
		StaffMember member = officer(principal);
		ComposeErrors.checkArea(form, errors, models.minRadiusKm());
		if (form.getChannels().isEmpty()) {
			errors.rejectValue("channels", "compose.error.channels");
		}
		if (!errors.hasErrors()) {
			try {
				model.addAttribute("estimate",
						estimates.estimate(form.area(), form.getChannels(), form.getSeverity(), member.username()));
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

	private StaffMember officer(Principal principal) {
		StaffMember member = staff.find(principal.getName())
			.orElseThrow(() -> new AccessDeniedException("No staff account " + principal.getName()));
		if (!member.roles().contains(StaffRole.OFFICER)) {
			throw new AccessDeniedException("Only officers compose alerts");
		}
		return member;
	}
}
