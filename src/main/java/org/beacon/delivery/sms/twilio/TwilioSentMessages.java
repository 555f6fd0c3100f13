package org.beacon.delivery.sms.twilio;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.beacon.delivery.SentMessages;

import com.twilio.base.ResourceSet;
import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;

/**
 * Asks Twilio's Messages list what it took, through the Twilio SDK: the messages to the number sent since the claim
 * ({@code To}, {@code DateSent>}), every page, matched on the body. Twilio gives a message its {@code date_sent} only
 * once it has handed it on, so a message still in Twilio's queue is not in that list: the newest page to the number,
 * without a date, is read as well for one created since the claim and not yet sent.
 */
class TwilioSentMessages implements SentMessages {

	/** Messages read per page; the SDK follows {@code next_page_uri} for the rest. */
	private static final long PAGE_SIZE = 100;

	private final TwilioRestClient client;

	TwilioSentMessages(TwilioRestClient client) {
		this.client = client;
	}

	@Override
	public String provider() {
		return "twilio";
	}

	@Override
	public Optional<String> find(String to, Set<String> bodies, Instant since) {
		try {
			Optional<String> sent = first(Message.reader()
				.setTo(new PhoneNumber(to))
				.setDateSentAfter(since.atZone(ZoneOffset.UTC))
				.setPageSize(PAGE_SIZE)
				.read(client), message -> bodies.contains(message.getBody()));
			return sent.isPresent() ? sent : first(Message.reader().setTo(new PhoneNumber(to))
				.setPageSize(PAGE_SIZE)
				.firstPage(client)
				.getRecords(), message -> message.getDateSent() == null && message.getDateCreated() != null
						&& !message.getDateCreated().toInstant().isBefore(since) && bodies.contains(message.getBody()));
		}
		catch (ApiConnectionException ex) {
			throw TwilioErrorCodes.unreachable(ex.getMessage(), ex);
		}
		catch (ApiException ex) {
			throw TwilioErrorCodes.failure(ex.getStatusCode(), ex.getCode(), ex.getMessage());
		}
	}

	private static Optional<String> first(Iterable<Message> messages, Predicate<Message> wanted) {
		for (Message message : messages) {
			if (wanted.test(message)) {
				return Optional.of(message.getSid());
			}
		}
		return Optional.empty();
	}
}
