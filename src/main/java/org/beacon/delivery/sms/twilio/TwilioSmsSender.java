package org.beacon.delivery.sms.twilio;

import java.net.URI;

import org.beacon.delivery.sms.SmsSender;

import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;
import com.twilio.type.PhoneNumber;

/** Sends SMS with Twilio Programmable Messaging through the Twilio SDK. */
class TwilioSmsSender implements SmsSender {

	private final TwilioRestClient client;

	private final String from;

	private final URI statusCallback;

	TwilioSmsSender(TwilioRestClient client, String from, URI statusCallback) {
		this.client = client;
		this.from = from;
		this.statusCallback = statusCallback;
	}

	@Override
	public String provider() {
		return "twilio";
	}

	@Override
	public String send(String to, String text) {
		MessageCreator creator = from.startsWith("MG") ? Message.creator(new PhoneNumber(to), from, text)
				: Message.creator(new PhoneNumber(to), new PhoneNumber(from), text);
		creator.setStatusCallback(statusCallback);
		try {
			return creator.create(client).getSid();
		}
		catch (ApiConnectionException ex) {
			throw TwilioErrorCodes.unreachable(ex.getMessage(), ex);
		}
		catch (ApiException ex) {
			throw TwilioErrorCodes.failure(ex.getStatusCode(), ex.getCode(), ex.getMessage());
		}
	}
}
