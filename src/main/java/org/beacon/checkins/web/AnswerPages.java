package org.beacon.checkins.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import org.beacon.checkins.EmailAnswers;
import org.beacon.checkins.EmailAnswers.Page;
import org.beacon.checkins.EmailAnswers.State;
import org.beacon.checkins.HelpDetails;
import org.beacon.checkins.SafetyAnswer;
import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.Role;
import org.beacon.platform.WebPage;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * The pages the buttons of a check-in's email open, with no sign-in: the signed link is what authorizes them. A GET
 * shows the answer to confirm (mail scanners fetch links: a GET records nothing); the page's form POSTs it, with the
 * details of the help needed for "I need help". A link that Beacon did not sign answers 404; one whose check-in has
 * ended answers 410; both say whom to call.
 */
@Controller
@WebPage
@ConditionalOnRole(Role.API)
@Hidden
class AnswerPages {

	static final String PATH = "/checkin/{checkIn}/{subscriber}/{answer}/{token}";

	private static final String VIEW = "checkin/answer";

	private final EmailAnswers answers;

	private final MessageSource messages;

	AnswerPages(EmailAnswers answers, MessageSource messages) {
		this.answers = answers;
		this.messages = messages;
	}

	@GetMapping(PATH)
	ModelAndView confirm(@PathVariable String checkIn, @PathVariable String subscriber, @PathVariable String answer,
			@PathVariable String token, Locale locale) {
		return page(answers.look(checkIn, subscriber, answer, token), new HelpForm(), List.of(), locale)
			.addObject("action", action(checkIn, subscriber, answer, token));
	}

	@PostMapping(PATH)
	ModelAndView answer(@PathVariable String checkIn, @PathVariable String subscriber, @PathVariable String answer,
			@PathVariable String token, @Valid @ModelAttribute("form") HelpForm form, BindingResult errors,
			Locale locale) {
		Page page = answers.look(checkIn, subscriber, answer, token);
		if (page.state() != State.OPEN) {
			return page(page, form, List.of(), locale);
		}
		HelpDetails help = HelpDetails.NONE;
		if (page.answer() == SafetyAnswer.NEED_HELP) {
			help = errors.hasErrors() ? null : HelpFormCheck.check(form, errors, page.country());
			if (help == null) {
				return page(page, form, HelpFormCheck.summary(errors, messages, locale), locale)
					.addObject("action", action(checkIn, subscriber, answer, token));
			}
		}
		return page(answers.answer(checkIn, subscriber, answer, token, help), form, List.of(), locale);
	}

	/** Where the page's form goes: the link itself (only shown for a link Beacon signed, so its parts are its own). */
	private static String action(String checkIn, String subscriber, String answer, String token) {
		return "/checkin/" + checkIn + "/" + subscriber + "/" + answer + "/" + token;
	}

	private static ModelAndView page(Page page, HelpForm form, List<HelpFormCheck.Entry> errorSummary,
			Locale locale) {
		ModelAndView view = new ModelAndView(VIEW, status(page.state()));
		view.addObject("page", page);
		view.addObject("help", page.answer() == SafetyAnswer.NEED_HELP);
		view.addObject("form", form);
		view.addObject("errorSummary", errorSummary);
		if (page.at() != null) {
			view.addObject("when", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
				.withLocale(locale)
				.withZone(ZoneOffset.UTC)
				.format(page.at()) + " UTC");
		}
		return view;
	}

	private static HttpStatus status(State state) {
		return switch (state) {
			case INVALID -> HttpStatus.NOT_FOUND;
			case CLOSED -> HttpStatus.GONE;
			default -> HttpStatus.OK;
		};
	}
}
