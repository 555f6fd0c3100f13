package org.beacon.delivery.sms.twilio;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.beacon.checkins.VoiceAnswers;
import org.beacon.checkins.VoiceAnswers.Outcome;
import org.beacon.delivery.DeliveryProperties;
import org.beacon.delivery.DeliveryReportsIntake;
import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.Role;
import org.beacon.subscribers.Channel;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import com.twilio.http.HttpMethod;
import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Gather;
import com.twilio.twiml.voice.Say;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * Twilio's callbacks about check-in calls: the key the person pressed ({@code <Gather>}'s action, answered with TwiML
 * built by the SDK's {@link VoiceResponse}) and the call's final status, for the ledger. Both are authenticated by
 * {@code X-Twilio-Signature} like the SMS callbacks; the gather's URL names the check-in and the citizen, and Twilio
 * signs it with its query, so a forged answer is refused with 403.
 */
@RestController
@ConditionalOnRole(Role.API)
@Hidden
class TwilioVoiceWebhooks {

	static final String STATUS = "/webhooks/twilio/voice/status";

	static final String GATHER = "/webhooks/twilio/voice/gather";

	/** How many times the question is asked in one call before it gives up. */
	private static final int ASKED_AT_MOST = 3;

	private static final String TWIML = "application/xml";

	private final DeliveryReportsIntake reports;

	private final VoiceAnswers answers;

	private final MessageSource messages;

	private final TwilioSignatureCheck signatures;

	private final String baseUrl;

	TwilioVoiceWebhooks(DeliveryReportsIntake reports, VoiceAnswers answers, MessageSource messages,
			DeliveryProperties properties) {
		this.reports = reports;
		this.answers = answers;
		this.messages = messages;
		this.baseUrl = properties.twilio().webhookBaseUrl();
		this.signatures = new TwilioSignatureCheck(properties.twilio().authToken(), baseUrl);
	}

	/** Where a call's gathered key goes: the check-in, the citizen, the language and how many times it was asked. */
	static String gatherUrl(String baseUrl, UUID checkIn, UUID subscriber, Locale locale, int attempt) {
		return UriComponentsBuilder.fromUriString(baseUrl + GATHER)
			.queryParam("checkIn", checkIn)
			.queryParam("subscriber", subscriber)
			.queryParam("lang", locale.getLanguage())
			.queryParam("attempt", attempt)
			.build()
			.toUriString();
	}

	/** The question, said in the citizen's language, waiting for one key. */
	static Gather ask(String script, Locale locale, String action) {
		return new Gather.Builder().numDigits(1)
			.timeout(8)
			.action(action)
			.method(HttpMethod.POST)
			.actionOnEmptyResult(true)
			.say(say(script, locale))
			.build();
	}

	@PostMapping(STATUS)
	ResponseEntity<Void> status(HttpServletRequest request,
			@RequestHeader(name = TwilioSignatureCheck.HEADER, required = false) String signature) {
		TwilioDeliveryReport.ofCall(signatures.verified(request, signature))
			.ifPresent(report -> reports.take(Channel.VOICE, report.messageSid(), report.ledgerStatus(),
					report.errorCode()));
		return ResponseEntity.noContent().build();
	}

	@PostMapping(path = GATHER, produces = TWIML)
	ResponseEntity<String> gather(HttpServletRequest request,
			@RequestHeader(name = TwilioSignatureCheck.HEADER, required = false) String signature,
			@RequestParam UUID checkIn, @RequestParam UUID subscriber,
			@RequestParam(defaultValue = "en") String lang, @RequestParam(defaultValue = "1") int attempt) {
		Map<String, String> posted = signatures.verified(request, signature);
		Locale locale = Locale.forLanguageTag("es".equals(lang) ? "es" : "en");
		Outcome outcome = answers.answer(checkIn, subscriber, posted.get("Digits"));
		VoiceResponse.Builder twiml = new VoiceResponse.Builder();
		switch (outcome.heard()) {
			case SAFE -> twiml.say(say(text("checkin.voice.safe", locale), locale));
			case NEED_HELP -> twiml.say(say(text("checkin.voice.help", locale, outcome.postName(),
					outcome.emergencyPhone()), locale));
			case CLOSED -> twiml.say(say(text("checkin.voice.closed", locale, outcome.postName(),
					outcome.emergencyPhone()), locale));
			case UNCLEAR -> {
				if (attempt < ASKED_AT_MOST) {
					twiml.gather(ask(text("checkin.voice.again", locale), locale,
							gatherUrl(baseUrl, checkIn, subscriber, locale, attempt + 1)));
				}
				else {
					twiml.say(say(text("checkin.voice.noAnswer", locale, outcome.emergencyPhone()), locale));
				}
			}
		}
		return ResponseEntity.ok().header("Content-Type", TWIML).body(twiml.build().toXml());
	}

	private static Say say(String words, Locale locale) {
		return new Say.Builder(words)
			.language("es".equals(locale.getLanguage()) ? Say.Language.ES_US : Say.Language.EN_US)
			.build();
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}
