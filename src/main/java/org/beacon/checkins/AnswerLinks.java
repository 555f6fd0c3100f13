package org.beacon.checkins;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.beacon.platform.BeaconProperties;
import org.springframework.stereotype.Component;

/**
 * The "I am safe" / "I need help" links of a check-in's email, one pair per reader:
 * {@code <public url>/checkin/<check-in>/<subscriber>/<safe|help>/<expiry>.<signature>?lang=<en|es>}. The expiry
 * (seconds since the epoch) is the check-in's deadline plus {@code beacon.checkin.links.grace}; the signature is an
 * HMAC-SHA256, under {@code beacon.checkin.links.secret}, of the check-in, the subscriber, the answer and the expiry,
 * so changing any of them breaks it. The language only chooses the page's words and is not signed. A link is the same
 * every time it is issued (no randomness), so a reader asked twice gets the same links, and each is used once
 * ({@link EmailAnswers}).
 */
@Component
public class AnswerLinks {

	/** The expiry part of a token: seconds since the epoch, as {@link Long#toString(long)} writes them. */
	private static final Pattern EXPIRY = Pattern.compile("[1-9][0-9]{0,17}");

	private final SecretKeySpec key;

	private final AnswerLinksProperties properties;

	private final String publicUrl;

	private final Clock clock;

	AnswerLinks(AnswerLinksProperties properties, BeaconProperties beacon, Clock clock) {
		this.key = new SecretKeySpec(properties.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
		this.properties = properties;
		this.publicUrl = beacon.publicUrl();
		this.clock = clock;
	}

	/**
	 * What a link says, once its signature is checked.
	 *
	 * @param expiry until when it opens its page
	 */
	public record Link(UUID checkInId, UUID subscriberId, SafetyAnswer answer, Instant expiry) {
	}

	/** A reader's link to give {@code answer} to the check-in, in their language. */
	public String url(UUID checkInId, UUID subscriberId, SafetyAnswer answer, Instant deadline, Locale locale) {
		long expiry = deadline.plus(properties.grace()).getEpochSecond();
		return publicUrl + "/checkin/" + checkInId + "/" + subscriberId + "/" + slug(answer) + "/" + expiry + "."
				+ signature(checkInId, subscriberId, answer, expiry) + "?lang="
				+ ("es".equals(locale.getLanguage()) ? "es" : "en");
	}

	/**
	 * The link whose path parts these are, when Beacon signed it, expired or not (an expired link still names its
	 * check-in truly, so that its page can say whom to call); empty for anything forged, altered or cut short.
	 */
	public Optional<Link> read(String checkInId, String subscriberId, String answer, String token) {
		Optional<UUID> checkIn = uuid(checkInId);
		Optional<UUID> subscriber = uuid(subscriberId);
		Optional<SafetyAnswer> said = answer(answer);
		int dot = token == null ? -1 : token.indexOf('.');
		if (checkIn.isEmpty() || subscriber.isEmpty() || said.isEmpty() || dot < 0
				|| !EXPIRY.matcher(token.substring(0, dot)).matches()) {
			return Optional.empty();
		}
		long expiry = Long.parseLong(token.substring(0, dot));
		byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
		byte[] expected = signature(checkIn.get(), subscriber.get(), said.get(), expiry)
			.getBytes(StandardCharsets.US_ASCII);
		if (!MessageDigest.isEqual(given, expected)) {
			return Optional.empty();
		}
		return Optional.of(new Link(checkIn.get(), subscriber.get(), said.get(), Instant.ofEpochSecond(expiry)));
	}

	/** Whether the link no longer opens its page for answering: past its expiry. */
	public boolean expired(Link link) {
		return !clock.instant().isBefore(link.expiry());
	}

	/** The answer as a link's path names it: {@code safe} or {@code help}. */
	public static String slug(SafetyAnswer answer) {
		return answer == SafetyAnswer.SAFE ? "safe" : "help";
	}

	private static Optional<SafetyAnswer> answer(String slug) {
		return "safe".equals(slug) ? Optional.of(SafetyAnswer.SAFE)
				: "help".equals(slug) ? Optional.of(SafetyAnswer.NEED_HELP) : Optional.empty();
	}

	private String signature(UUID checkInId, UUID subscriberId, SafetyAnswer answer, long expiry) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			byte[] digest = mac.doFinal(("checkin-answer:" + checkInId + ":" + subscriberId + ":" + answer + ":"
					+ expiry).getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Optional<UUID> uuid(String text) {
		try {
			// UUID.fromString accepts shortened forms ("1-1-1-1-1"): only the canonical one is a link's.
			UUID id = UUID.fromString(text);
			return id.toString().equalsIgnoreCase(text) ? Optional.of(id) : Optional.empty();
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			return Optional.empty();
		}
	}
}
