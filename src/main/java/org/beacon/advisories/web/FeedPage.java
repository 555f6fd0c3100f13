package org.beacon.advisories.web;

import java.security.Principal;
import java.time.Clock;
import java.util.Optional;

import org.beacon.advisories.Advisories;
import org.beacon.advisories.IngestReport;
import org.beacon.advisories.feed.AdvisoriesProperties;
import org.beacon.advisories.feed.AdvisoryIngest;
import org.beacon.advisories.feed.FeedPoller;
import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.InvalidInputException;
import org.beacon.platform.Role;
import org.beacon.platform.WebPage;
import org.beacon.staff.StaffActed;
import org.beacon.staff.StaffAction;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The advisory feed for administrators (the page security allows only ADMIN): the reports of the most recent
 * ingests, a "read the feed now" button that runs the scheduled poller at once (when polling is on; the embedded
 * default has no internet and says so), and a form that ingests a pasted copy of the feed, as
 * {@code POST /api/v1/advisories/feed} does. Both actions are recorded in the audit log; a document that cannot be
 * read is explained beside the field, with what was pasted kept.
 */
@Controller
@WebPage
@ConditionalOnRole(Role.API)
class FeedPage {

	static final int REPORTS = 20;

	private final Advisories advisories;

	private final AdvisoryIngest ingest;

	private final ObjectProvider<FeedPoller> poller;

	private final AdvisoriesProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TransactionTemplate transaction;

	FeedPage(Advisories advisories, AdvisoryIngest ingest, ObjectProvider<FeedPoller> poller,
			AdvisoriesProperties properties, ApplicationEventPublisher events, Clock clock,
			TransactionTemplate transaction) {
		this.transaction = transaction;
		this.advisories = advisories;
		this.ingest = ingest;
		this.poller = poller;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	@GetMapping("/staff/admin/feed")
	String feed(Model model) {
		return fill(model, "");
	}

	/** Polls the feed now; the outcome (a report, unchanged or unreadable, polling off) is shown as a message. */
	@PostMapping("/staff/admin/feed/read")
	String read(Principal admin, RedirectAttributes redirect) {
		FeedPoller feed = poller.getIfAvailable();
		if (feed == null) {
			// Polling is off (the embedded default has no internet): nothing to run, and nothing happened to audit.
			redirect.addFlashAttribute("outcome", "admin.feed.off");
			return "redirect:/staff/admin/feed";
		}
		// The poll is not wrapped in a transaction with its audit row: it waits on the network (up to the poll's
		// timeout) and the ingest it runs commits on its own; the audit row follows it.
		Optional<IngestReport> report = feed.poll();
		String detail = report.map(r -> "ingest " + r.id() + ": " + r.itemsRead() + " items")
			.orElse("no ingest: unchanged or unreadable");
		events.publishEvent(StaffActed.by(admin.getName(), StaffAction.FEED_READ, detail, clock));
		redirect.addFlashAttribute("outcome", report.isPresent() ? "admin.feed.ingested" : "admin.feed.unchanged");
		report.ifPresent(r -> redirect.addFlashAttribute("outcomeReport", r.id()));
		return "redirect:/staff/admin/feed";
	}

	/** Ingests a pasted copy of the feed, partial unless {@code complete}, as the REST endpoint does. */
	@PostMapping("/staff/admin/feed/copy")
	String copy(@RequestParam(defaultValue = "") String document, @RequestParam(defaultValue = "false") boolean complete,
			Principal admin, Model model, RedirectAttributes redirect) {
		try {
			// The ingest joins this transaction, so the audit row commits with it.
			IngestReport report = transaction.execute(status -> {
				IngestReport done = ingest.ingest(document, "Page by " + admin.getName(), complete);
				events.publishEvent(StaffActed.by(admin.getName(), StaffAction.FEED_READ,
						"copy, ingest " + done.id() + ": " + done.itemsRead() + " items", clock));
				return done;
			});
			redirect.addFlashAttribute("outcome", "admin.feed.ingested");
			redirect.addFlashAttribute("outcomeReport", report.id());
			return "redirect:/staff/admin/feed";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("documentError", true);
			model.addAttribute("complete", complete);
			return fill(model, document);
		}
	}

	private String fill(Model model, String document) {
		model.addAttribute("reports", advisories.ingests(REPORTS));
		model.addAttribute("polling", poller.getIfAvailable() != null);
		model.addAttribute("feedUrl", properties.poll().url());
		model.addAttribute("document", document);
		return "staff/admin-feed";
	}
}
