package org.beacon.delivery.sms.twilio;

import java.net.URI;

import org.beacon.delivery.DeliveryFailure;
import org.beacon.delivery.voice.VoiceCaller;
import org.beacon.subscribers.Channel;

import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import com.twilio.http.HttpMethod;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Gather;
import com.twilio.twiml.voice.Say;
import com.twilio.type.PhoneNumber;
import com.twilio.type.Twiml;

/**
 * Places check-in calls with Twilio Programmable Voice through the Twilio SDK ({@code Call.creator}). The call's
 * TwiML, built with the SDK's {@link VoiceResponse}, says the question in the citizen's language inside a
 * {@code <Gather numDigits="1">} whose action names the check-in and the citizen ({@link TwilioVoiceWebhooks}); Twilio
 * signs what it posts there, query included, so neither can be forged.
 */
class TwilioVoiceCaller implements VoiceCaller {

	private final TwilioRestClient client;

	private final String from;

	private final String webhookBaseUrl;

	TwilioVoiceCaller(TwilioRestClient client, String from, String webhookBaseUrl) {
		this.client = client;
		this.from = from;
		this.webhookBaseUrl = webhookBaseUrl;
	}

	@Override
	public String provider() {
		return "twilio-voice";
	}

	@Override
	public String call(Request call) {
		if (from == null) {
			throw DeliveryFailure.local(Channel.VOICE, "no-caller-id", "no number to call from: set TWILIO_CALLER_ID",
					null);
		}
		String action = TwilioVoiceWebhooks.gatherUrl(webhookBaseUrl, call.checkInId(), call.subscriberId(),
				call.locale(), 1);
		String twiml = new VoiceResponse.Builder().gather(TwilioVoiceWebhooks.ask(call.script(), call.locale(), action))
			.build()
			.toXml();
		try {
			return Call
				.creator(new PhoneNumber(call.to()), new PhoneNumber(from), new Twiml(twiml))
				.setStatusCallback(URI.create(webhookBaseUrl + TwilioVoiceWebhooks.STATUS))
				.setStatusCallbackMethod(HttpMethod.POST)
				.setTimeout(30)
				.create(client)
				.getSid();
		}
		catch (ApiConnectionException ex) {
			throw TwilioErrorCodes.unreachable(ex.getMessage(), ex);
		}
		catch (ApiException ex) {
			throw TwilioErrorCodes.failure(ex.getStatusCode(), ex.getCode(), ex.getMessage());
		}
	}
}
