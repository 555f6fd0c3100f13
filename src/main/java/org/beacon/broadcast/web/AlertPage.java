package org.beacon.broadcast.web;

import java.security.Principal;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;

import org.beacon.broadcast.AlertStatus;
import org.beacon.broadcast.AlertView;
import org.beacon.broadcast.BroadcastManagement;
import org.beacon.broadcast.issuing.AlertCancellations;
import org.beacon.broadcast.issuing.AlertUpdates;
import org.beacon.broadcast.progress.AlertProgressStreams;
import org.beacon.broadcast.store.StaffAlerts;
import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.InvalidInputException;
import org.beacon.platform.Role;
import org.beacon.platform.WebPage;
import org.beacon.staff.StaffMember;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The alert page: the alert, its live delivery (rendered by the server, then pushed by Server-Sent Events), and for
 * staff whose post covers every country of the alert, Update and Cancel. Staff of other posts get a 404.
 */
@Controller
@WebPage
@ConditionalOnRole(Role.API)
class AlertPage {

	private final BroadcastManagement broadcasts;

	private final StaffAlerts staffAlerts;

	private final AlertPageModel page;

	private final AlertProgressStreams streams;

	private final AlertCancellations cancellations;

	private final AlertUpdates updates;

	private final MessageSource messages;

	AlertPage(BroadcastManagement broadcasts, StaffAlerts staffAlerts, AlertPageModel page,
			AlertProgressStreams streams, AlertCancellations cancellations, AlertUpdates updates,
			MessageSource messages) {
		this.broadcasts = broadcasts;
		this.staffAlerts = staffAlerts;
		this.page = page;
		this.streams = streams;
		this.cancellations = cancellations;
		this.updates = updates;
		this.messages = messages;
	}

	@GetMapping("/staff/alerts/{id}")
	String alert(@PathVariable UUID id, Principal principal, Model model) {
		if (!model.containsAttribute("updateForm")) {
			model.addAttribute("updateForm", new UpdateForm());
		}
		return page.show(id, principal, model);
	}

	@GetMapping(path = "/staff/alerts/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@ResponseBody
	SseEmitter events(@PathVariable UUID id, Principal principal) {
		AlertView alert = broadcasts.find(id, principal.getName());
		return streams.open(id, alert.channels());
	}

	@GetMapping("/staff/alerts/{id}/cancel")
	String confirmCancel(@PathVariable UUID id, Principal principal, Model model) {
		AlertView alert = broadcasts.find(id, principal.getName());
		StaffMember member = staffAlerts.member(principal.getName());
		// Staff who may not cancel at all (crisis staff) are refused as such, not told the alert is past cancelling.
		if (!AlertCancellations.mayCancel(member)) {
			throw new AccessDeniedException("Only an OFFICER or APPROVER of the alert's post may cancel it");
		}
		if (!AlertPageModel.canCancel(alert, member)) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, "Alert " + id + " cannot be cancelled");
		}
		model.addAttribute("alert", alert);
		// The alert page stops offering Cancel when the delivery ends; a bookmark or an older tab still lands here.
		model.addAttribute("finished", page.nothingLeftToStop(id, principal));
		return "staff/alert-cancel";
	}

	@PostMapping("/staff/alerts/{id}/cancel")
	String cancel(@PathVariable UUID id, Principal principal, RedirectAttributes redirect, Locale locale) {
		if (page.nothingLeftToStop(id, principal)) {
			redirect.addFlashAttribute("problem", messages.getMessage("watch.cancel.finished", null, locale));
			return "redirect:/staff/alerts/" + id;
		}
		AlertCancellations.Cancelled cancelled = cancellations.cancel(id, principal.getName());
		redirect.addFlashAttribute("notice", messages.getMessage("watch.cancel.done",
				new Object[] { cancelled.stopped(), cancelled.inFlight() }, locale));
		return "redirect:/staff/alerts/" + id;
	}

	@PostMapping("/staff/alerts/{id}/update")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("updateForm") UpdateForm form, BindingResult errors,
			Principal principal, Model model, RedirectAttributes redirect, Locale locale) {
		if (!errors.hasErrors()) {
			try {
				AlertView update = updates.update(id, form.request(), principal.getName());
				// A held update is not sent: the officer must not read "sent" when a second person has yet to decide.
				String done = update.status() == AlertStatus.PENDING_APPROVAL ? "watch.update.held" : "watch.update.done";
				redirect.addFlashAttribute("notice", messages.getMessage(done, null, locale));
				return "redirect:/staff/alerts/" + update.id();
			}
			catch (InvalidInputException ex) {
				ex.violations().forEach(violation -> {
					if (violation.field().equals("expires")) {
						errors.rejectValue("expiresOn", "invalid",
								messages.getMessage("watch.update.expires.invalid", null, locale));
					}
					else {
						errors.rejectValue(violation.field(), "invalid",
								messages.getMessage("watch.update.sms.segments", null, locale));
					}
				});
			}
			catch (ResponseStatusException ex) {
				if (ex.getStatusCode().value() != HttpStatus.CONFLICT.value()) {
					throw ex;
				}
				model.addAttribute("problem", messages.getMessage("watch.update.conflict", null, locale));
			}
		}
		return page.show(id, principal, model);
	}

	/** An id that is not a UUID names no alert: the not-found page, not a server error. */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView notAnAlert() {
		ModelAndView notFound = new ModelAndView("error", HttpStatus.NOT_FOUND);
		notFound.addObject("status", HttpStatus.NOT_FOUND.value());
		return notFound;
	}
}
