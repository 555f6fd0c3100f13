package org.beacon.checkins.web;

import java.security.Principal;
import java.util.Locale;
import java.util.UUID;

import org.beacon.checkins.CheckInClosedException;
import org.beacon.checkins.CheckInView;
import org.beacon.checkins.CheckIns;
import org.beacon.checkins.live.AnswerChart;
import org.beacon.checkins.live.CheckInStreams;
import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.Role;
import org.beacon.platform.WebPage;
import org.beacon.staff.StaffDirectory;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The check-in pages for staff of the posts covering a check-in's countries (others get a 404): the recent check-ins,
 * and one check-in's counts, per place and per wave, with a chart of answers over time, rendered by the server and
 * then kept up to date over Server-Sent Events ({@link CheckInStreams}). Officers covering all its countries close it.
 */
@Controller
@WebPage
@ConditionalOnRole(Role.API)
class CheckInPages {

	private static final int RECENT = 50;

	private final CheckIns checkIns;

	private final CheckInStreams streams;

	private final StaffDirectory staff;

	private final MessageSource messages;

	CheckInPages(CheckIns checkIns, CheckInStreams streams, StaffDirectory staff, MessageSource messages) {
		this.checkIns = checkIns;
		this.streams = streams;
		this.staff = staff;
		this.messages = messages;
	}

	@GetMapping("/staff/checkins")
	String list(Principal principal, Model model) {
		model.addAttribute("checkIns", checkIns.recent(principal.getName(), RECENT));
		return "staff/checkins";
	}

	@GetMapping("/staff/checkins/{id}")
	String checkIn(@PathVariable UUID id, Principal principal, Model model) {
		CheckInView checkIn = checkIns.find(id, principal.getName());
		model.addAttribute("checkIn", checkIn);
		model.addAttribute("chart", AnswerChart.of(checkIn));
		model.addAttribute("chartWidth", AnswerChart.WIDTH);
		model.addAttribute("chartHeight", AnswerChart.HEIGHT);
		model.addAttribute("coversAll", staff.find(principal.getName())
			.map(member -> checkIn.countries().stream().allMatch(member::covers))
			.orElse(false));
		return "staff/checkin";
	}

	@GetMapping(path = "/staff/checkins/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@ResponseBody
	SseEmitter events(@PathVariable UUID id, Principal principal) {
		checkIns.find(id, principal.getName());
		return streams.open(id);
	}

	/** Closes the check-in (page security: OFFICER only); one that had ended already is said so on the page. */
	@PostMapping("/staff/checkins/{id}/close")
	String close(@PathVariable UUID id, Principal principal, RedirectAttributes redirect, Locale locale) {
		String done;
		try {
			checkIns.close(id, principal.getName());
			done = "checkins.closed.done";
		}
		catch (CheckInClosedException ex) {
			done = "checkins.closed.already";
		}
		redirect.addFlashAttribute("notice", messages.getMessage(done, null, locale));
		streams.changed(id);
		return "redirect:/staff/checkins/" + id;
	}
}
