package org.beacon.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Flags;
import jakarta.mail.internet.InternetAddress;

import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;

/**
 * Verifies through the real flow: reads the code Twilio was asked to text and the link GreenMail received, sends
 * them back to Beacon's API, and removes both messages from the stubs, so tests counting alert messages see only
 * those.
 */
public final class ProviderVerifier implements Verifier {

	private static final Pattern LINK = Pattern.compile("/verify/email\\?t=([A-Za-z0-9_-]+)");

	private final GreenMail smtp;

	private final TwilioStub twilio;

	public ProviderVerifier(GreenMail smtp, TwilioStub twilio) {
		this.smtp = smtp;
		this.twilio = twilio;
	}

	@Override
	public void verify(Api api, String subscriberId, String token, String email, String phone) {
		if (phone != null) {
			String code = await().atMost(Duration.ofSeconds(20)).until(() -> twilio.takeVerificationCode(phone),
					Optional::isPresent).orElseThrow();
			Api.Response verified = api.postJson("/api/v1/subscribers/" + subscriberId + "/verification/phone",
					Api.json("code", code), Api.bearer(token));
			assertThat(verified.status()).as(verified.body().toString()).isEqualTo(200);
		}
		if (email != null) {
			String link = await().atMost(Duration.ofSeconds(20)).until(() -> takeLinkToken(email),
					Optional::isPresent).orElseThrow();
			Api.Response verified = api.post("/api/v1/subscribers/verification/email", Api.json("token", link));
			assertThat(verified.status()).as(verified.body().toString()).isEqualTo(200);
		}
	}

	/** The token of the verification link last emailed to the address; the email is deleted. */
	public Optional<String> takeLinkToken(String email) {
		return takeToken(email, LINK);
	}

	/** The token of a sign-in link emailed to the address; the email is deleted. */
	public Optional<String> takeSignInToken(String email) {
		return takeToken(email, Pattern.compile("/signin/link\\?t=([A-Za-z0-9_-]+)"));
	}

	private Optional<String> takeToken(String email, Pattern link) {
		GreenMailUser user = smtp.getUserManager().getUserByEmail(email);
		if (user == null) {
			return Optional.empty();
		}
		try {
			MailFolder inbox = smtp.getManagers().getImapHostManager().getInbox(user);
			AtomicReference<String> token = new AtomicReference<>();
			for (StoredMessage message : inbox.getMessages()) {
				Matcher matcher = link.matcher(Mails.text(message.getMimeMessage()));
				if (matcher.find() && isTo(message, email)) {
					token.set(matcher.group(1));
					message.setFlag(Flags.Flag.DELETED, true);
				}
			}
			inbox.expunge();
			return Optional.ofNullable(token.get());
		}
		catch (java.util.ConcurrentModificationException ex) {
			// GreenMail delivered another message while the inbox was read: callers poll, so read it next time.
			return Optional.empty();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static boolean isTo(StoredMessage message, String email) throws Exception {
		for (var address : message.getMimeMessage().getAllRecipients()) {
			if (address instanceof InternetAddress internet && email.equalsIgnoreCase(internet.getAddress())) {
				return true;
			}
		}
		return false;
	}
}
