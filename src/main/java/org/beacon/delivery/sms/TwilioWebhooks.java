package org.beacon.delivery.sms;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletRequest;

import org.beacon.delivery.DeliveryProperties;
import org.beacon.fanout.DeliveryLedger;
import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.Masking;
import org.beacon.platform.Role;
import org.beacon.subscribers.Channel;
import org.beacon.subscribers.SmsConsent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import com.twilio.security.RequestValidator;

import io.micrometer.core.instrument.MeterRegistry;
import io.swagger.v3.oas.annotations.Hidden;

/**
 * Twilio's callbacks: delivery reports for the messages Beacon sent, and the replies citizens send (STOP, START,
 * HELP). Both are authenticated by their {@code X-Twilio-Signature}, checked with the Twilio SDK's
 * {@link RequestValidator} against the URL Twilio called: a missing or forged signature is refused with 403.
 */
@RestController
@ConditionalOnRole(Role.API)
@Hidden
class TwilioWebhooks {

	private static final Logger log = LoggerFactory.getLogger(TwilioWebhooks.class);

	private static final Map<String, String> FINAL_STATUSES = Map.of("delivered", "DELIVERED", "undelivered",
			"UNDELIVERED", "failed", "FAILED");

	private static final Set<String> STOP = Set.of("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT",
			"OPTOUT", "REVOKE");

	private static final Set<String> START = Set.of("START", "YES", "UNSTOP");

	private static final Set<String> HELP = Set.of("HELP", "INFO");

	private static final String TWIML = "application/xml";

	private final DeliveryLedger ledger;

	private final SmsConsent consent;

	private final RequestValidator validator;

	private final String baseUrl;

	private final MeterRegistry meters;

	TwilioWebhooks(DeliveryLedger ledger, SmsConsent consent, DeliveryProperties properties, MeterRegistry meters) {
		this.meters = meters;
		this.ledger = ledger;
		this.consent = consent;
		this.validator = new RequestValidator(properties.twilio().authToken());
		this.baseUrl = properties.twilio().webhookBaseUrl();
	}

	@PostMapping("/webhooks/twilio/status")
	ResponseEntity<Void> status(HttpServletRequest request,
			@RequestHeader(name = "X-Twilio-Signature", required = false) String signature) {
		Map<String, String> params = verified(request, signature);
		String status = FINAL_STATUSES.get(String.valueOf(params.get("MessageStatus")).toLowerCase(Locale.ROOT));
		String sid = params.get("MessageSid");
		if (status != null && sid != null) {
			String code = params.get("ErrorCode") == null || params.get("ErrorCode").isBlank() ? null
					: "twilio:" + params.get("ErrorCode");
			boolean applied = ledger.reported(sid, status, code);
			meters.counter("beacon.deliveries", "channel", Channel.SMS.name(), "status", status, "priority", "report")
				.increment();
			log.debug("Twilio reported {} for {} (applied now: {})", status, Masking.typed(sid), applied);
		}
		return ResponseEntity.noContent().build();
	}

	@PostMapping(path = "/webhooks/twilio/inbound", produces = TWIML)
	ResponseEntity<String> inbound(HttpServletRequest request,
			@RequestHeader(name = "X-Twilio-Signature", required = false) String signature) {
		Map<String, String> params = verified(request, signature);
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
			log.info("Ignoring an SMS reply from {} that is no keyword", Masking.phone(from));
		}
		// Twilio answers STOP and START itself (Advanced Opt-Out); Beacon adds nothing.
		return twiml("");
	}

	private Map<String, String> verified(HttpServletRequest request, String signature) {
		Map<String, String> params = new TreeMap<>();
		request.getParameterMap().forEach((name, values) -> params.put(name, values.length == 0 ? "" : values[0]));
		String url = baseUrl + request.getRequestURI()
				+ (request.getQueryString() == null ? "" : "?" + request.getQueryString());
		if (signature == null || !validator.validate(url, params, signature)) {
			log.warn("Refused a Twilio callback to {} with a {} signature", Masking.typed(request.getRequestURI()),
					signature == null ? "missing" : "wrong");
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
					"X-Twilio-Signature is missing or does not match this request.");
			problem.setTitle("Unsigned callback");
			throw new ErrorResponseException(HttpStatus.FORBIDDEN, problem, null);
		}
		return params;
	}

	private static ResponseEntity<String> twiml(String content) {
		return ResponseEntity.ok()
			.header("Content-Type", TWIML)
			.body("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response>" + content + "</Response>");
	}
}
