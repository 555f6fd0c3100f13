package org.beacon.platform.sandbox;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.beacon.platform.sandbox.FakeTwilioApi.Answer;
import org.beacon.platform.sandbox.FakeTwilioApi.MessageRequest;

/**
 * Twilio's create-call call (Programmable Voice) as the fakes answer it: the call's form fields in ({@code To},
 * {@code From}, {@code Twiml}, {@code StatusCallback}), Twilio's JSON call resource out, queued. A call is kept as a
 * {@link MessageRequest} whose body is the TwiML it was given, so the fakes keep calls beside messages.
 */
final class FakeTwilioCalls {

	private FakeTwilioCalls() {
	}

	static Answer answer(String accountSid, Map<String, String> fields) {
		MessageRequest request = new MessageRequest(accountSid, fields.getOrDefault("To", ""),
				fields.getOrDefault("From", ""), fields.get("Twiml"), fields.get("StatusCallback"));
		if (!FakeTwilioApi.e164(request.to())) {
			return new Answer(400, FakeTwilioApi.error(400, 21211, "The 'To' number " + request.to()
					+ " is not a valid phone number."), null, request);
		}
		if (request.body() == null && fields.get("Url") == null) {
			return new Answer(400, FakeTwilioApi.error(400, 21205, "Url or Twiml parameter is required."), null,
					request);
		}
		String sid = "CA" + UUID.randomUUID().toString().replace("-", "");
		String now = FakeTwilioApi.date(Instant.now());
		Map<String, Object> call = new LinkedHashMap<>();
		call.put("sid", sid);
		call.put("account_sid", accountSid);
		call.put("to", request.to());
		call.put("from", request.from());
		call.put("status", "queued");
		call.put("direction", "outbound-api");
		call.put("api_version", "2010-04-01");
		call.put("date_created", now);
		call.put("date_updated", now);
		call.put("uri", "/2010-04-01/Accounts/" + accountSid + "/Calls/" + sid + ".json");
		return new Answer(201, FakeTwilioApi.json(call), sid, request);
	}

	/** Whether what a fake took is a call: Twilio names calls {@code CA…}, messages {@code SM…}. */
	static boolean isCall(String sid) {
		return sid != null && sid.startsWith("CA");
	}
}
