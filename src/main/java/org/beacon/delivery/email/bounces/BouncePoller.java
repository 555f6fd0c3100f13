package org.beacon.delivery.email.bounces;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;

import org.beacon.delivery.email.bounces.MailboxReport.Kind;
import org.beacon.ledger.DeliveryLedger;
import org.beacon.ledger.DeliveryLedger.Returned;
import org.beacon.ledger.DeliveryLedger.ReturnedTo;
import org.beacon.ledger.DeliveryStatus;
import org.beacon.platform.Masking;
import org.beacon.subscribers.EmailConsent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Reads the bounce mailbox every {@code beacon.delivery.bounces.poll-interval}: each bounce or complaint records its
 * email BOUNCED or COMPLAINED in the ledger and suppresses the address, the one in the ledger's row where the email
 * is known there, else the one the report names. A mail is marked seen only after that: a poll that fails or stops
 * half-way leaves its mails for the next, and reading one twice changes nothing. A mail that is no report, or cannot
 * be read, is marked seen and counted, never retried. Meter: {@code beacon.delivery.bounces} by {@code outcome}
 * ({@code bounced}, {@code complained}, {@code no-action}, {@code unrecognised}, {@code unreadable}).
 * <p>
 * Every email worker process polls; two that read the same mail at once record it twice, which changes nothing.
 */
class BouncePoller {

	private static final Logger log = LoggerFactory.getLogger(BouncePoller.class);

	private final BounceMailbox mailbox;

	private final ReportReader reader = new ReportReader();

	private final DeliveryLedger ledger;

	private final EmailConsent consent;

	private final MeterRegistry meters;

	BouncePoller(BounceMailbox mailbox, DeliveryLedger ledger, EmailConsent consent, MeterRegistry meters) {
		this.mailbox = mailbox;
		this.ledger = ledger;
		this.consent = consent;
		this.meters = meters;
	}

	@Scheduled(initialDelayString = "${beacon.delivery.bounces.poll-interval:PT1M}",
			fixedDelayString = "${beacon.delivery.bounces.poll-interval:PT1M}")
	@SchedulerLock(name = "bounce-mailbox-poll")
	void scheduled() {
		poll();
	}

	/** @return how many mails this poll read and marked seen; 0 when the mailbox or the database failed */
	int poll() {
		try (Store store = mailbox.connect(); Folder folder = mailbox.open(store)) {
			List<Message> mails = mailbox.unseen(folder);
			List<MailboxReport> reports = new ArrayList<>(mails.size());
			for (Message mail : mails) {
				reports.add(read(mail));
			}
			record(reports);
			mailbox.done(folder, mails);
			reports.forEach(report -> meters.counter("beacon.delivery.bounces", "outcome", outcome(report)).increment());
			return mails.size();
		}
		catch (MessagingException ex) {
			log.warn("The bounce mailbox could not be read; trying again at the next poll: {}",
					Masking.line(String.valueOf(ex.getMessage())));
		}
		catch (DataAccessException ex) {
			log.warn("Bounces and complaints could not be recorded; their mails stay unseen for the next poll: {}",
					Masking.line(String.valueOf(ex.getMessage())));
		}
		return 0;
	}

	/**
	 * The report one mail makes; null when the mail cannot be read as MIME.
	 *
	 * @throws MessagingException when the mailbox fails while fetching it: the poll stops, the mail stays unseen
	 */
	private MailboxReport read(Message mail) throws MessagingException {
		MimeMessage fetched = BounceMailbox.fetched(mail);
		try {
			return reader.read(fetched);
		}
		catch (MessagingException | IOException | RuntimeException ex) {
			log.warn("A mail in the bounce mailbox could not be read and is skipped: {}",
					Masking.line(String.valueOf(ex.getMessage())));
			return null;
		}
	}

	/** Records the bounces and complaints in the ledger, then suppresses their addresses; both may run again. */
	private void record(List<MailboxReport> reports) {
		List<MailboxReport> actionable = reports.stream().filter(report -> report != null && report.actionable())
			.toList();
		List<Returned> returned = actionable.stream().filter(report -> report.messageId() != null)
			.map(report -> new Returned(report.messageId(),
					report.kind() == Kind.BOUNCE ? DeliveryStatus.BOUNCED : DeliveryStatus.COMPLAINED, report.code(),
					report.detail()))
			.toList();
		Map<String, String> sentTo = new HashMap<>();
		for (ReturnedTo row : ledger.returnedAll(returned)) {
			if (row.destination() != null) {
				sentTo.put(row.providerId(), row.destination());
			}
		}
		for (MailboxReport report : actionable) {
			String address = report.messageId() == null ? report.recipient()
					: sentTo.getOrDefault(report.messageId(), report.recipient());
			if (address == null) {
				// A complaint whose provider hides the recipient, about an email whose recipient has left since.
				log.info("A {} ({}) names no address to suppress", outcome(report), report.code());
			}
			else {
				consent.suppress(address, outcome(report) + " (" + report.code() + ")");
			}
		}
	}

	private static String outcome(MailboxReport report) {
		if (report == null) {
			return "unreadable";
		}
		return switch (report.kind()) {
			case BOUNCE -> "bounced";
			case COMPLAINT -> "complained";
			case NO_ACTION -> "no-action";
			case UNRECOGNISED -> "unrecognised";
		};
	}
}
