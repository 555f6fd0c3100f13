package org.beacon.delivery.sms.twilio;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.beacon.checkins.SmsAnswers;
import org.beacon.delivery.DeliveryProperties;
import org.beacon.delivery.DeliveryReportsIntake;
import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.GroupCommit;
import org.beacon.platform.Masking;
import org.beacon.platform.Role;
import org.beacon.subscribers.Channel;
import org.beacon.subscribers.SmsConsent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * Twilio's callbacks: delivery reports for the messages Beacon sent, and the replies citizens send (STOP, START,
 * HELP, and answers to check-ins, which {@link SmsAnswers} reads and answers). A delivery report is handed to {@link DeliveryReportsIntake} (Kafka, or the ledger when Kafka is slow) and
 * answered at once, so Twilio never waits for the ledger. Both are authenticated by their
 * {@code X-Twilio-Signature} ({@link TwilioSignatureCheck}): a missing or forged signature is refused with 403.
 */
@RestController
@ConditionalOnRole(Role.API)
@Hidden
class TwilioWebhooks {

	private static final Logger log = LoggerFactory.getLogger(TwilioWebhooks.class);

	private static final Set<String> STOP = Set.of("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT",
			"OPTOUT", "REVOKE");

	private static final Set<String> START = Set.of("START", "YES", "UNSTOP");

	private static final Set<String> HELP = Set.of("HELP", "INFO");

	private static final String TWIML = "application/xml";

	private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

	private final DeliveryReportsIntake reports;

	private final SmsConsent consent;

	private final TwilioSignatureCheck signatures;

	private final SmsAnswers checkIns;

	TwilioWebhooks(DeliveryReportsIntake reports, SmsConsent consent, SmsAnswers checkIns,
			DeliveryProperties properties) {
		this.reports = reports;
		this.consent = consent;
		this.checkIns = checkIns;
		this.signatures = new TwilioSignatureCheck(properties.twilio().authToken(),
				properties.twilio().webhookBaseUrl());
	}

	@PostMapping("/webhooks/twilio/status")
	ResponseEntity<Void> status(HttpServletRequest request,
			@RequestHeader(name = TwilioSignatureCheck.HEADER, required = false) String signature) {
		TwilioDeliveryReport.of(signatures.verified(request, signature)).ifPresent(this::record);
		return ResponseEntity.noContent().build();
	}

	private void record(TwilioDeliveryReport report) {
		reports.take(Channel.SMS, report.messageSid(), report.ledgerStatus(), report.errorCode());
		log.debug("Twilio reported {} for {}", report.ledgerStatus(), Masking.typed(report.messageSid()));
	}

	@PostMapping(path = "/webhooks/twilio/inbound", produces = TWIML)
	ResponseEntity<String> inbound(HttpServletRequest request,
			@RequestHeader(name = TwilioSignatureCheck.HEADER, required = false) String signature) {
		Map<String, String> params = signatures.verified(request, signature);
		String from = params.getOrDefault("From", "");
		String keyword = params.getOrDefault("Body", "").strip().toUpperCase(Locale.ROOT);
		if (STOP.contains(keyword)) {
			consent.optOut(from);
		}
		else if (START.contains(keyword)) {
			consent.optIn(from);
		}
		else if (HELP.contains(keyword)) {
			return twiml("<Message>Beacon: travel alerts from U.S. embassies. Reply STOP to stop alerts, START to "
					+ "resume. Emergencies abroad: travel.state.gov</Message>");
		}
		else {
			Optional<String> answered;
			try {
				answered = checkIns.reply(from, params.getOrDefault("Body", ""));
			}
			catch (GroupCommit.NotDone ex) {
				// Twilio then tries the number's fallback URL, if one is set; the citizen may simply reply again.
				log.warn("A reply from {} could not be read in time: {}", Masking.phone(from), ex.getMessage());
				return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build();
			}
			if (answered.isPresent()) {
				return ResponseEntity.ok().header("Content-Type", TWIML).body(message(answered.get()));
			}
			log.info("Ignoring an SMS reply from {} that is no keyword and answers no check-in", Masking.phone(from));
		}
		// Twilio answers STOP and START itself (Advanced Opt-Out); Beacon adds nothing.
		return twiml("");
	}

	/**
	 * The TwiML that answers a reply with one message, as the SDK's {@code MessagingResponse} writes it. Written here
	 * because the SDK's {@code toXml()} builds a DOM and looks its XML factories up on the class path on every call:
	 * that was half the CPU of a check-in reply.
	 */
	static String message(String text) {
		return XML_DECLARATION + "<Response><Message>"
				+ text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</Message></Response>";
	}

	private static ResponseEntity<String> twiml(String content) {
		return ResponseEntity.ok()
			.header("Content-Type", TWIML)
			.body(XML_DECLARATION + "<Response>" + content + "</Response>");
	}
}
