package org.beacon.broadcast.web;

import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;

import org.beacon.broadcast.AlertStatus;
import org.beacon.broadcast.AlertView;
import org.beacon.broadcast.BroadcastManagement;
import org.beacon.broadcast.IssueAlertRequest;
import org.beacon.broadcast.Submission;
import org.beacon.broadcast.issuing.AlertSubmissions;
import org.beacon.broadcast.issuing.AudienceEstimates;
import org.beacon.broadcast.issuing.IdempotencyKeyReusedException;
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
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Sends what the compose page ({@link ComposePage}) shows, once per form ({@link AlertSubmissions}), and shows the
 * form back with its errors beside their fields, everything typed kept.
 */
@Controller
@WebPage
@ConditionalOnRole(Role.API)
class ComposeSending {

	private final Officers officers;

	private final BroadcastManagement broadcasts;

	private final AudienceEstimates estimates;

	private final ComposeModel models;

	private final MessageSource messages;

	private final AlertSubmissions submissions;

	private final Clock clock;

	ComposeSending(Officers officers, BroadcastManagement broadcasts, AudienceEstimates estimates,
			ComposeModel models, MessageSource messages, AlertSubmissions submissions, Clock clock) {
		this.officers = officers;
		this.broadcasts = broadcasts;
		this.estimates = estimates;
		this.models = models;
		this.messages = messages;
		this.submissions = submissions;
		this.clock = clock;
	}

	/**
	 * Sends the alert once per form: a form sent before (Back, then Send) shows the alert it sent. An alert the
	 * preview says reaches no one is sent only when the officer confirms it. A check-in (the form's box ticked) takes
	 * answers for the hours given, and its page follows once it is sent.
	 */
	@PostMapping("/staff/alerts/new")
	String send(@Valid @ModelAttribute("composeForm") ComposeForm form, BindingResult errors, Principal principal,
			Locale locale, Model model, RedirectAttributes redirect) {
		StaffMember member = officers.officer(principal);
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
		ComposeErrors.checkDeadline(form, errors, models.maxDeadlineHours());
		if (!errors.hasErrors()) {
			try {
				AudienceEstimates.AudienceEstimate estimate = estimates.estimate(form.area(), form.getChannels(),
						form.getSeverity(), form.timing(clock.instant()), member.username());
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
		return ComposePage.VIEW;
	}

	private String submit(ComposeForm form, StaffMember member, Locale locale, RedirectAttributes redirect) {
		IssueAlertRequest request = form.toRequest();
		// The deadline is asked for as hours from sending: the same form sent again asks for the same check-in.
		Instant answerBy = form.isCheckIn() ? clock.instant().plus(Duration.ofHours(form.getDeadlineHours())) : null;
		String digest = form.isCheckIn() ? Submission.digest(request) + "@PT" + form.getDeadlineHours() + "H"
				: Submission.digest(request);
		try {
			AlertSubmissions.Outcome outcome = submissions.submit(request, member.username(),
					new Submission(form.getSubmission(), digest), answerBy);
			return shown(outcome.alert(), outcome.replayed() ? "compose.sent.already"
					: outcome.alert().status() == AlertStatus.PENDING_APPROVAL ? "compose.sent.pending"
							: form.isCheckIn() ? "compose.sent.checkIn" : "compose.sent.issued", locale, redirect);
		}
		catch (IdempotencyKeyReusedException ex) {
			return shown(broadcasts.find(ex.first(), member.username()), "compose.sent.already", locale, redirect);
		}
	}

	private String shown(AlertView alert, String message, Locale locale, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", messages.getMessage(message, null, locale));
		// An issued check-in is followed on its own page; one held for approval is not open yet: its alert's page.
		return alert.answerBy() != null && alert.status() == AlertStatus.ISSUED ? "redirect:/staff/checkins/" + alert.id()
				: "redirect:/staff/alerts/" + alert.id();
	}
}
