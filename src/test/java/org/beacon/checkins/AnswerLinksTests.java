package org.beacon.checkins;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.beacon.checkins.AnswerLinks.Link;
import org.beacon.platform.BeaconProperties;
import org.beacon.platform.Role;
import org.beacon.support.MutableClock;
import org.junit.jupiter.api.Test;

/** Answer links name their check-in, reader, answer and expiry, signed: change any part and the link is no link. */
class AnswerLinksTests {

	static final Duration GRACE = Duration.ofDays(7);

	static final Locale SPANISH = Locale.forLanguageTag("es");

	final MutableClock clock = new MutableClock();

	final AnswerLinks links = links("a-test-link-secret-of-some-length");

	final UUID checkIn = UUID.randomUUID();

	final UUID subscriber = UUID.randomUUID();

	final Instant deadline = clock.instant().plus(Duration.ofHours(24));

	@Test
	void aLinkReadsBackAsWhatItSaysAndExpiresAGraceAfterTheDeadline() {
		String[] parts = parts(links.url(checkIn, subscriber, SafetyAnswer.NEED_HELP, deadline, Locale.ENGLISH));

		Link link = links.read(parts[0], parts[1], parts[2], parts[3]).orElseThrow();

		assertThat(link).isEqualTo(new Link(checkIn, subscriber, SafetyAnswer.NEED_HELP,
				Instant.ofEpochSecond(deadline.plus(GRACE).getEpochSecond())));
		assertThat(parts[2]).isEqualTo("help");
		assertThat(links.expired(link)).isFalse();
		clock.advance(Duration.ofHours(24).plus(GRACE));
		assertThat(links.expired(link)).isTrue();
		assertThat(links.read(parts[0], parts[1], parts[2], parts[3])).as("still Beacon's, so it names its check-in")
			.isPresent();
	}

	@Test
	void theLinkIsTheReadersOwnAndTheSameEachTimeItIsIssued() {
		String mine = links.url(checkIn, subscriber, SafetyAnswer.SAFE, deadline, Locale.ENGLISH);

		assertThat(links.url(checkIn, subscriber, SafetyAnswer.SAFE, deadline, Locale.ENGLISH)).isEqualTo(mine);
		assertThat(links.url(checkIn, UUID.randomUUID(), SafetyAnswer.SAFE, deadline, Locale.ENGLISH))
			.isNotEqualTo(mine);
		assertThat(links.url(checkIn, subscriber, SafetyAnswer.NEED_HELP, deadline, Locale.ENGLISH))
			.isNotEqualTo(mine);
		assertThat(mine).startsWith("https://beacon.test/checkin/" + checkIn + "/" + subscriber + "/safe/")
			.endsWith("?lang=en");
		assertThat(links.url(checkIn, subscriber, SafetyAnswer.SAFE, deadline, SPANISH)).endsWith("?lang=es");
	}

	@Test
	void changingAnyPartBreaksTheSignature() {
		String[] parts = parts(links.url(checkIn, subscriber, SafetyAnswer.SAFE, deadline, Locale.ENGLISH));
		String expiry = parts[3].substring(0, parts[3].indexOf('.'));
		String signature = parts[3].substring(parts[3].indexOf('.') + 1);

		assertThat(links.read(UUID.randomUUID().toString(), parts[1], parts[2], parts[3])).as("check-in").isEmpty();
		assertThat(links.read(parts[0], UUID.randomUUID().toString(), parts[2], parts[3])).as("reader").isEmpty();
		assertThat(links.read(parts[0], parts[1], "help", parts[3])).as("answer").isEmpty();
		assertThat(links.read(parts[0], parts[1], parts[2], (Long.parseLong(expiry) + 86_400) + "." + signature))
			.as("a later expiry").isEmpty();
		assertThat(links.read(parts[0], parts[1], parts[2], expiry + "." + signature.substring(1))).as("cut short")
			.isEmpty();
		assertThat(links.read(parts[0], parts[1], parts[2], expiry)).as("no signature").isEmpty();
		assertThat(links.read(parts[0], parts[1], parts[2], null)).as("no token").isEmpty();
		assertThat(links.read("not-a-uuid", parts[1], parts[2], parts[3])).isEmpty();
		assertThat(links.read(parts[0], parts[1], "SAFE", parts[3])).as("only the link's own words").isEmpty();
		assertThat(links("another-secret-of-some-length").read(parts[0], parts[1], parts[2], parts[3]))
			.as("signed under another secret").isEmpty();
	}

	private AnswerLinks links(String secret) {
		return new AnswerLinks(new AnswerLinksProperties(secret, GRACE),
				new BeaconProperties(Set.of(Role.API), "https://beacon.test"), clock);
	}

	/** The check-in, the reader, the answer and the token of a link. */
	private static String[] parts(String url) {
		String[] path = URI.create(url).getPath().split("/");
		return new String[] { path[2], path[3], path[4], path[5] };
	}
}
