package org.beacon.briefings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.beacon.support.Api;
import org.beacon.support.Mails;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

/** Each trip is briefed once before departure and once on its first morning, in the place's own time. */
class BriefingsIntegrationTests extends BriefingsIntegrationTest {

	static final String PHONE = "+22376000601";

	@Test
	void aTripStartingInThreeDaysGetsOneBriefingWithTheLevelTheAlertsInForceThePostsNumberAndTheLink() throws Exception {
		Instant enrolled = clock.instant();
		advisory(1, "Exercise Normal Precautions", enrolled.minus(Duration.ofDays(30)));
		LocalDate day = inTenDays();
		enrollTrip("traveller@example.org", PHONE, day);
		advisory(2, "Exercise Increased Caution", enrolled.plus(Duration.ofDays(1)));
		alert("JP", "Typhoon Mawar approaching Okinawa", enrolled, tokyo(day, LocalTime.NOON));
		alert("JP", "Demonstrations near Shibuya station", enrolled, null);
		alert("JP", "Earthquake aftershocks in Noto", enrolled.minus(Duration.ofDays(3)), enrolled.plusSeconds(60));
		alert("KR", "Protests in central Seoul", enrolled, null);
		Instant moment = tokyo(day, LocalTime.MIDNIGHT).minus(Duration.ofDays(3));

		at(moment.minus(Duration.ofMinutes(1)));
		assertThat(schedule.sendDue()).as("not before its moment").isEmpty();
		at(moment.plus(Duration.ofMinutes(1)));
		List<BriefingDue> sent = schedule.sendDue();

		assertThat(sent).singleElement().satisfies(briefing -> assertThat(briefing.kind())
			.isEqualTo(BriefingKind.BEFORE_DEPARTURE));
		MimeMessage mail = await().atMost(Duration.ofSeconds(30)).until(() -> emailsTo("traveller@example.org"),
				mails -> !mails.isEmpty()).get(0);
		String text = Mails.text(mail);
		assertThat(text).contains("Trip briefing").doesNotContain("alert.severity")
			.contains("Before your trip to Japan")
			.contains("Travel advisory for Japan: Level 2, Exercise Increased Caution.")
			.contains("It was Level 1 when you enrolled this trip: it has been raised.")
			.contains("Typhoon Mawar approaching Okinawa", "Demonstrations near Shibuya station")
			.doesNotContain("Noto", "Seoul")
			.contains("U.S. Embassy Tokyo, " + EMERGENCY)
			.contains("http://localhost:8080/signin");
		assertThat(mail.getSubject()).isEqualTo("Trip briefing: Before your trip to Japan");
		assertThat(Mails.html(mail)).contains("Typhoon Mawar approaching Okinawa").contains(EMERGENCY);
		await().atMost(Duration.ofSeconds(30)).until(() -> briefingTexts(PHONE).size() == 1);
		assertThat(briefingTexts(PHONE).get(0)).contains("Japan").contains("Advisory Level 2 (Level 1 when you enrolled)")
			.contains("Typhoon Mawar").contains(EMERGENCY);

		assertThat(schedule.sendDue()).as("a second run").isEmpty();
		at(moment.plus(Duration.ofHours(5)));
		assertThat(schedule.sendDue()).as("a later run, as after a restart").isEmpty();
		awaitPipelineIdle();
		assertThat(emailsTo("traveller@example.org")).hasSize(1);
		assertThat(briefingTexts(PHONE)).hasSize(1);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM delivery WHERE alert_id = ?", Long.class,
				sent.get(0).briefingId())).isEqualTo(2);
	}

	@Test
	void theArrivalBriefingAtEightInTokyoNamesTheAlertsInForceThereThatHaveNotReachedTheTraveller() throws Exception {
		Instant enrolled = clock.instant();
		LocalDate day = inTenDays();
		UUID subscriber = UUID.fromString(enrollTrip("arriving@example.org", "+22376000602", day));
		Instant later = tokyo(day.plusDays(5), LocalTime.NOON);
		UUID received = alert("JP", "Received: heavy snow in Hokkaido", enrolled, later);
		alert("JP", "Unseen: volcanic activity at Sakurajima", enrolled, later);
		alert("JP", "Expired: heat wave in Osaka", enrolled, tokyo(day, LocalTime.of(7, 0)));
		alert("KR", "Elsewhere: protests in central Seoul", enrolled, later);
		jdbc.update("INSERT INTO delivery (alert_id, subscriber_id, channel, status) VALUES (?, ?, 'EMAIL', 'DELIVERED')",
				received, subscriber);

		at(tokyo(day, LocalTime.of(7, 59)));
		assertThat(schedule.sendDue()).as("07:59 in Tokyo, 22:59 UTC the day before").isEmpty();
		at(tokyo(day, LocalTime.of(8, 0)));
		List<BriefingDue> sent = schedule.sendDue();

		assertThat(sent).singleElement().satisfies(briefing -> assertThat(briefing.kind())
			.isEqualTo(BriefingKind.ON_ARRIVAL));
		MimeMessage mail = await().atMost(Duration.ofSeconds(30)).until(() -> emailsTo("arriving@example.org"),
				mails -> !mails.isEmpty()).get(0);
		assertThat(mail.getSubject()).isEqualTo("Trip briefing: On your arrival in Japan");
		assertThat(Mails.text(mail)).contains("Unseen: volcanic activity at Sakurajima")
			.doesNotContain("Received:", "Expired:", "Elsewhere:")
			.contains(EMERGENCY);
		assertThat(schedule.sendDue()).as("once").isEmpty();
	}

	@Test
	void aTripEnrolledAfterItsMomentGetsNoBriefingBeforeDepartureButOneOnArrival() {
		LocalDate day = LocalDate.ofInstant(clock.instant(), TOKYO).plusDays(2);
		enrollTrip("late@example.org", "+22376000603", day);
		alert("JP", "Typhoon Mawar approaching Okinawa", clock.instant(), null);

		assertThat(schedule.sendDue()).as("within three days of the trip, enrolled too late for that").isEmpty();
		at(tokyo(day, LocalTime.of(8, 1)));
		assertThat(schedule.sendDue()).singleElement()
			.satisfies(briefing -> assertThat(briefing.kind()).isEqualTo(BriefingKind.ON_ARRIVAL));
	}

	@Test
	void aTripSavedAgainAsItWasKeepsWhenItWasEnrolled() {
		LocalDate day = inTenDays();
		Map<String, Object> trip = Map.of("country", "JP", "from", day.toString(), "to", day.plusDays(10).toString());
		Api.Response enrolled = api().enroll(Map.of("email", "resaved@example.org", "channels", List.of("EMAIL"), "locations",
				List.of(trip)));
		at(tokyo(day, LocalTime.MIDNIGHT).minus(Duration.ofDays(3)).plus(Duration.ofMinutes(1)));

		Api.Response saved = api().subscriber(HttpMethod.PUT, enrolled.body().get("id").asText(),
				enrolled.body().get("token").asText(), Map.of("email", "resaved@example.org", "channels",
						List.of("EMAIL"), "locations", List.of(trip)));

		assertThat(saved.status()).as(saved.body().toString()).isEqualTo(200);
		assertThat(schedule.sendDue()).hasSize(1);
	}

	@Test
	void aPlaceEnrolledOnItsFirstDayIsAStayNotATrip() {
		LocalDate today = LocalDate.ofInstant(clock.instant(), TOKYO);
		Api.Response resident = api().enroll(Map.of("email", "resident@example.org", "channels", List.of("EMAIL"), "locations",
				List.of(Map.of("country", "JP", "from", today.toString()))));
		assertThat(resident.status()).isEqualTo(201);
		alert("JP", "Typhoon Mawar approaching Okinawa", clock.instant(), null);
		Instant arrival = tokyo(today, LocalTime.of(8, 0));

		// On that first day, at eight or later: when an arrival briefing would be due.
		if (clock.instant().isBefore(arrival)) {
			at(arrival);
		}

		assertThat(schedule.sendDue()).isEmpty();
	}

	/** The briefings texted to the number (not its verification code). */
	List<String> briefingTexts(String phone) {
		return TWILIO.messagesTo(phone).stream().map(message -> message.get("Body"))
			.filter(body -> body.contains("trip to")).toList();
	}
}
