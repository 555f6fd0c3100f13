package org.beacon.subscribers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.beacon.support.Api;
import org.beacon.support.BeaconIntegrationTest;
import org.beacon.support.Mails;
import org.beacon.support.PageSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Data ends with the trip, through the real pipeline: the job run as its schedule runs it, on a clock moved by weeks,
 * its notices sent by the real workers to GreenMail and the Twilio stub, its keep link opened on the real pages.
 */
class RetentionIntegrationTests extends BeaconIntegrationTest {

	private static final Pattern KEEP_LINK = Pattern.compile("/keep\\?t=([A-Za-z0-9_-]+)");

	@Autowired
	RetentionSchedule retention;

	@Autowired
	MeterRegistry meters;

	/** The end date of the trip each test enrolls: the day after tomorrow. */
	LocalDate end;

	@BeforeEach
	void tripEndsTheDayAfterTomorrow() {
		end = today().plusDays(2);
	}

	@Test
	void deletesAPlaceThirtyDaysAfterItsEndAndNotADayBefore() {
		String id = enroll("place@example.org", "+22376000501", trip(end), resident("FR"));
		double deleted = counted("beacon.retention.places.deleted");

		runOnDay(29);
		assertThat(places(id)).containsExactlyInAnyOrder("ML", "FR");

		runOnDay(30);
		assertThat(places(id)).as("the trip's place goes, the home stays").containsExactly("FR");
		assertThat(counted("beacon.retention.places.deleted")).isEqualTo(deleted + 1);
		assertThat(enrolled(id)).isTrue();
	}

	@Test
	void neverDeletesAResidentsPlaceNorTheirEnrollment() {
		String id = enroll("resident@example.org", "+22376000502", resident("ML"));

		runOnDay(1000);

		assertThat(places(id)).containsExactly("ML");
		awaitPipelineIdle();
		assertThat(keepEmailsTo("resident@example.org")).isEmpty();
	}

	@Test
	void leavesAnEnrollmentWithACurrentOrFuturePlaceAlone() {
		String id = enroll("traveller@example.org", "+22376000503", trip(end),
				Api.json("country", "SN", "from", end.plusDays(10).toString(), "to", end.plusDays(60).toString()));

		runOnDay(23);
		runOnDay(30);

		assertThat(places(id)).as("the ended trip goes, the next one stays").containsExactly("SN");
		assertThat(enrolled(id)).isTrue();
		awaitPipelineIdle();
		assertThat(keepEmailsTo("traveller@example.org")).isEmpty();
		assertThat(notice(id)).isNull();
	}

	@Test
	void anEnrollmentWhoseLastPlaceEndedIsToldOnceSevenDaysAheadThenDeleted() throws Exception {
		String id = enroll("leaving@example.org", "+22376000504", trip(end));
		double sent = counted("beacon.retention.notices.sent", "channel", "email");
		double deleted = counted("beacon.retention.enrollments.deleted");

		runOnDay(22);
		awaitPipelineIdle();
		assertThat(keepEmailsTo("leaving@example.org")).as("not yet").isEmpty();

		runOnDay(23);
		MimeMessage notice = awaitKeepEmail("leaving@example.org");
		assertThat(Mails.text(notice)).contains("on " + longDate(end.plusDays(30)) + " we will delete your enrollment");
		assertThat(notice.getSubject()).isEqualTo("Your Beacon enrollment is about to be deleted");
		assertThat(TWILIO.messagesTo("+22376000504")).as("email first: no SMS").isEmpty();

		runOnDay(29);
		awaitPipelineIdle();
		assertThat(keepEmailsTo("leaving@example.org")).as("told once").hasSize(1);
		assertThat(enrolled(id)).isTrue();
		assertThat(places(id)).containsExactly("ML");

		runOnDay(30);
		assertThat(enrolled(id)).isFalse();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM subscriber_location WHERE subscriber_id = ?::uuid",
				Long.class, id)).isZero();
		assertThat(jdbc.queryForObject("""
				SELECT count(*) FROM event_publication
				WHERE event_type LIKE '%SubscriberLeft' AND serialized_event LIKE ?""", Long.class, "%" + id + "%"))
			.as("erased as a citizen's own deletion is").isPositive();
		assertThat(counted("beacon.retention.notices.sent", "channel", "email")).isEqualTo(sent + 1);
		assertThat(counted("beacon.retention.enrollments.deleted")).isEqualTo(deleted + 1);
	}

	@Test
	void theKeepLinkKeepsTheEnrollmentAndSignsTheCitizenInToAddATrip() {
		String id = enroll("keeper@example.org", "+22376000505", trip(end));
		runOnDay(23);
		String token = token(Mails.text(awaitKeepEmail("keeper@example.org")));

		PageSession citizen = new PageSession(http.getRootUri());
		assertThat(citizen.get("/keep?t=" + token).body()).contains("Keep my enrollment");
		assertThat(citizen.post("/keep", "t", token).location()).endsWith("/account");
		assertThat(citizen.get("/account").body()).contains("Your enrollment is kept for at least another 30 days");
		PageSession again = new PageSession(http.getRootUri());
		again.get("/keep?t=" + token);
		assertThat(again.post("/keep", "t", token).body()).as("the link works once")
			.contains("This link has expired or was already used.");

		runOnDay(30);
		assertThat(enrolled(id)).as("not deleted at the planned time").isTrue();
		assertThat(places(id)).as("the ended trip's place still goes").isEmpty();

		runOnDay(45);
		awaitPipelineIdle();
		assertThat(keepEmailsTo("keeper@example.org")).hasSize(1);
		runOnDay(46);
		await().atMost(Duration.ofSeconds(20)).until(() -> keepEmailsTo("keeper@example.org").size() == 2);
		assertThat(enrolled(id)).isTrue();
	}

	@Test
	void twoRunsAtOnceSendOneNotice() throws Exception {
		enroll("twice@example.org", "+22376000506", trip(end));
		double sent = counted("beacon.retention.notices.sent", "channel", "email");
		moveToDay(23);

		CyclicBarrier start = new CyclicBarrier(2);
		List<CompletableFuture<RetentionSchedule.Swept>> runs = List.of(runAfter(start), runAfter(start));
		int noticed = runs.stream().mapToInt(run -> run.join().notices()).sum();
		retention.run();

		assertThat(noticed).isEqualTo(1);
		awaitKeepEmail("twice@example.org");
		awaitPipelineIdle();
		assertThat(keepEmailsTo("twice@example.org")).hasSize(1);
		assertThat(counted("beacon.retention.notices.sent", "channel", "email")).isEqualTo(sent + 1);
	}

	@Test
	void aCitizenWithoutAnEmailAddressIsToldBySmsAndKeepsByItsLink() {
		String phone = "+22376000507";
		String id = enrollBySmsOnly(phone, trip(end));
		double sent = counted("beacon.retention.notices.sent", "channel", "sms");

		runOnDay(23);
		String text = await().atMost(Duration.ofSeconds(20))
			.until(() -> TWILIO.messagesTo(phone).stream().map(m -> m.get("Body")).filter(KEEP_LINK.asPredicate())
				.toList(), texts -> !texts.isEmpty())
			.get(0);
		assertThat(text).startsWith("Beacon: your trips have ended.")
			.contains("on " + longDate(end.plusDays(30)) + " unless you keep it: http");
		assertThat(counted("beacon.retention.notices.sent", "channel", "sms")).isEqualTo(sent + 1);

		PageSession citizen = new PageSession(http.getRootUri());
		citizen.get("/keep?t=" + token(text));
		assertThat(citizen.post("/keep", "t", token(text)).location()).endsWith("/account");
		runOnDay(30);
		assertThat(enrolled(id)).isTrue();
	}

	@Test
	void thePrivacyNoticeStatesTheRetentionRuleInEnglishAndSpanish() {
		PageSession visitor = new PageSession(http.getRootUri());

		assertThat(visitor.get("/?lang=en").body()).contains("we delete each place 30 days after the end date you give")
			.contains("7 days before, we email you");
		assertThat(visitor.get("/?lang=es").body()).contains("borramos cada lugar 30 días después de la fecha de fin")
			.contains("7 días antes le enviamos");
	}

	// --- the citizen and the calendar

	private String enroll(String email, String phone, Map<?, ?>... places) {
		Api.Response enrolled = api().enroll(Api.json("email", email, "phone", phone, "channels",
				List.of("EMAIL", "SMS"), "locations", List.of(places)));
		assertThat(enrolled.status()).as(enrolled.body().toString()).isEqualTo(201);
		return enrolled.body().get("id").asText();
	}

	private String enrollBySmsOnly(String phone, Map<?, ?>... places) {
		Api.Response enrolled = api().enroll(Api.json("phone", phone, "channels", List.of("SMS"), "locations",
				List.of(places)));
		assertThat(enrolled.status()).as(enrolled.body().toString()).isEqualTo(201);
		return enrolled.body().get("id").asText();
	}

	private Map<String, Object> trip(LocalDate until) {
		return Api.json("country", "ML", "from", today().toString(), "to", until.toString());
	}

	private static Map<String, Object> resident(String country) {
		return Api.json("country", country);
	}

	private static String longDate(LocalDate date) {
		return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.ENGLISH));
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
	}

	/** Moves the clock to the given day after the trip's end (never back). */
	private void moveToDay(int daysAfterEnd) {
		long days = ChronoUnit.DAYS.between(today(), end.plusDays(daysAfterEnd));
		assertThat(days).as("the clock only moves forward").isNotNegative();
		clock.advance(Duration.ofDays(days));
	}

	private RetentionSchedule.Swept runOnDay(int daysAfterEnd) {
		moveToDay(daysAfterEnd);
		return retention.run();
	}

	private CompletableFuture<RetentionSchedule.Swept> runAfter(CyclicBarrier start) {
		return CompletableFuture.supplyAsync(() -> {
			try {
				start.await();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
			return retention.run();
		});
	}

	// --- what is stored and sent

	private List<String> places(String id) {
		return jdbc.queryForList("SELECT country FROM subscriber_location WHERE subscriber_id = ?::uuid ORDER BY position",
				String.class, id);
	}

	private boolean enrolled(String id) {
		return jdbc.queryForObject("SELECT count(*) FROM subscriber WHERE id = ?::uuid", Long.class, id) == 1;
	}

	private Object notice(String id) {
		return jdbc.queryForObject("SELECT retention_notice_at FROM subscriber WHERE id = ?::uuid", Object.class, id);
	}

	private double counted(String name, String... tags) {
		return meters.counter(name, tags).count();
	}

	private MimeMessage awaitKeepEmail(String address) {
		return await().atMost(Duration.ofSeconds(20)).until(() -> keepEmailsTo(address), mails -> !mails.isEmpty())
			.get(0);
	}

	private static List<MimeMessage> keepEmailsTo(String address) {
		return Arrays.stream(SMTP.getReceivedMessages())
			.filter(message -> isTo(message, address) && KEEP_LINK.matcher(Mails.text(message)).find())
			.toList();
	}

	private static boolean isTo(MimeMessage message, String address) {
		try {
			return Arrays.stream(message.getAllRecipients())
				.anyMatch(to -> to instanceof InternetAddress internet && internet.getAddress().equalsIgnoreCase(address));
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String token(String text) {
		Matcher matcher = KEEP_LINK.matcher(text);
		assertThat(matcher.find()).as(text).isTrue();
		return matcher.group(1);
	}
}
