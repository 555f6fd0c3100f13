package org.beacon.briefings;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import org.beacon.support.Api;
import org.beacon.support.BeaconIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Trips to Japan (UTC+9, no daylight saving: its local times are one offset from UTC all year) on the real pipeline,
 * with the Tokyo post's numbers, a travel advisory and alerts written straight into their tables, and the test's
 * clock moved to the moments briefings fall due.
 */
abstract class BriefingsIntegrationTest extends BeaconIntegrationTest {

	static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	static final String EMERGENCY = "+81 3-3224-5000";

	@Autowired
	BriefingSchedule schedule;

	@BeforeEach
	void tokyoPost() {
		jdbc.update("INSERT INTO post (id, name, emergency_phone) VALUES ('embassy-tokyo', 'U.S. Embassy Tokyo', ?) "
				+ "ON CONFLICT (id) DO UPDATE SET emergency_phone = EXCLUDED.emergency_phone", EMERGENCY);
		jdbc.update("INSERT INTO post_country (post_id, country) VALUES ('embassy-tokyo', 'JP') ON CONFLICT DO NOTHING");
	}

	/** Enrolls a citizen, both contact points verified, for a trip to Japan; answers their subscriber id. */
	String enrollTrip(String email, String phone, LocalDate from) {
		Api.Response enrolled = api().enroll(Api.json("email", email, "phone", phone, "channels",
				List.of("EMAIL", "SMS"), "locations", List.of(Api.json("country", "JP", "from", from.toString(), "to",
						from.plusDays(10).toString()))));
		assertThat(enrolled.status()).as(enrolled.body().toString()).isEqualTo(201);
		return enrolled.body().get("id").asText();
	}

	/** A day far enough ahead that the trip is enrolled before both its briefings fall due. */
	LocalDate inTenDays() {
		return LocalDate.ofInstant(clock.instant(), TOKYO).plusDays(10);
	}

	/** Moves the test's clock to that moment (it runs on from there). */
	void at(Instant moment) {
		clock.advance(Duration.between(clock.instant(), moment));
	}

	static Instant tokyo(LocalDate day, LocalTime time) {
		return day.atTime(time).atZone(TOKYO).toInstant();
	}

	/** An alert of the Tokyo post, in force from {@code effective} until {@code expires}. */
	UUID alert(String country, String title, Instant effective, Instant expires) {
		UUID id = UUID.randomUUID();
		jdbc.update("""
				INSERT INTO alert (id, type, severity, title, body, sms_text, countries, regions, channels, post_id,
				                   issued_by, issued_at, effective, expires)
				VALUES (?, 'SECURITY_ALERT', 'MODERATE', ?, 'Avoid the area.', ?, ARRAY[?], '{}', '{EMAIL,SMS}',
				        'embassy-tokyo', 'duty-officer', ?, ?, ?)""", id, title, title, country,
				Timestamp.from(effective), Timestamp.from(effective), expires == null ? null : Timestamp.from(expires));
		return id;
	}

	/** Japan's advisory: a version first seen at {@code seen}, which becomes the current one. */
	void advisory(int level, String levelText, Instant seen) {
		Object[] values = { "JP", "Japan", level, levelText, "Japan - Level " + level, "hash-" + level,
				Timestamp.from(seen) };
		jdbc.update("""
				INSERT INTO advisory_version (country, name, level, level_text, indicators, posture, summary,
				                              content_hash, first_seen_at)
				VALUES (?, ?, ?, ?, '{}', 'NONE', ?, ?, ?)""", values);
		jdbc.update("""
				INSERT INTO advisory (country, name, level, level_text, indicators, posture, summary, content_hash,
				                      changed_at, checked_at)
				VALUES (?, ?, ?, ?, '{}', 'NONE', ?, ?, ?, now())
				ON CONFLICT (country) DO UPDATE SET level = EXCLUDED.level, level_text = EXCLUDED.level_text,
				  content_hash = EXCLUDED.content_hash, changed_at = EXCLUDED.changed_at""", values);
	}

	List<MimeMessage> emailsTo(String address) {
		return Arrays.stream(SMTP.getReceivedMessages()).filter(mail -> {
			try {
				return Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
					.anyMatch(to -> to.toString().contains(address));
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}
}
