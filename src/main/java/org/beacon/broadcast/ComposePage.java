package org.beacon.broadcast;

import java.security.Principal;
import java.util.Locale;

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

	ComposePage(StaffDirectory staff, BroadcastManagement broadcasts, AudienceEstimates estimates,
			ComposeModel models, MessageSource messages) {
		this.messages = messages;
		this.staff = staff;
		this.broadcasts = broadcasts;
		this.estimates = estimates;
		this.models = models;
	}

	@GetMapping("/staff/alerts/new")
	String form(Principal principal, Locale locale, Model model) {
		StaffMember member = officer(principal);
		ComposeForm form = new ComposeForm();
		if (member.countries().size() == 1) {
			form.getCountries().addAll(member.countries());
		}
		model.addAttribute("composeForm", form);
		models.fill(model, member, form, locale);
		return VIEW;
	}

	@PostMapping("/staff/alerts/new")
	String send(@Valid @ModelAttribute("composeForm") ComposeForm form, BindingResult errors, Principal principal,
			Locale locale, Model model, RedirectAttributes redirect) {
		StaffMember member = officer(principal);
		ComposeErrors.checkArea(form, errors, models.minRadiusKm());
		ComposeErrors.checkSpanish(form, errors);
		ComposeErrors.checkSms(form, errors, models.maxSmsSegments());
		if (!errors.hasErrors()) {
			try {
				AlertView alert = broadcasts.issue(form.toRequest(), member.username());
				redirect.addFlashAttribute("composed", alert.status() == AlertStatus.PENDING_APPROVAL
						? "compose.sent.pending" : "compose.sent.issued");
				return "redirect:/staff/alerts/" + alert.id();
			}
			catch (InvalidInputException | OutsidePostException ex) {
				ComposeErrors.reject(ex, errors);
			}
		}
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
