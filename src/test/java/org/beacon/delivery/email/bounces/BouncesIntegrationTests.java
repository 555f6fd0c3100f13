package org.beacon.delivery.email.bounces;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.beacon.platform.SealedColumn;
import org.beacon.support.Api;
import org.beacon.support.BeaconIntegrationTest;
import org.beacon.support.Pipeline;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMailUtil;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Bounces and complaints that come back to the bounce mailbox (GreenMail's IMAP server) after the relay took an alert
 * email: written as Postfix and Yahoo write them, about emails the real pipeline sent.
 */
class BouncesIntegrationTests extends BeaconIntegrationTest {

	private static final Map<String, Object> MALI = Api.json("country", "ML");

	private static final Map<String, Object> ALL_OF_MALI = Api.json("countries", List.of("ML"));

	@Autowired
	BouncePoller poller;

	@Autowired
	MeterRegistry meters;

	@Test
	void aBounceAndAComplaintRecordTheirEmailsAndStopEmailToTheirAddresses() throws Exception {
		Pipeline pipeline = new Pipeline(api());
		String bouncing = pipeline.enroll("bouncing@example.org", "+22376000150", MALI);
		String complaining = pipeline.enroll("complaining@example.org", "+22376000151", MALI);
		String reading = pipeline.enroll("reading@example.org", "+22376000152", MALI);
		String first = pipeline.issue(ALL_OF_MALI, "Curfew", List.of("EMAIL"));
		pipeline.awaitSettled(first, 3);
		deliver(bounce(emailTo("bouncing@example.org"), "Bouncing@Example.org"));
		deliver(complaint(emailTo("complaining@example.org"), "complaining@example.org"));

		assertThat(poller.poll()).isEqualTo(2);

		assertThat(delivery("bouncing@example.org")).containsEntry("status", "BOUNCED")
			.containsEntry("error_code", "dsn:5.1.1");
		assertThat((String) delivery("bouncing@example.org").get("error_detail")).contains("User unknown")
			.doesNotContain("ouncing@");
		assertThat(delivery("complaining@example.org")).containsEntry("status", "COMPLAINED")
			.containsEntry("error_code", "arf:abuse");
		assertThat(delivery("reading@example.org")).containsEntry("status", "SENT");
		assertThat(optOut(bouncing)).isEqualTo("bounced (dsn:5.1.1)");
		assertThat(optOut(complaining)).isEqualTo("complained (arf:abuse)");
		assertThat(optOut(reading)).isNull();
		JsonNode progress = api().alert(first).body().get("progress");
		assertThat(progress.at("/byChannel/EMAIL/BOUNCED").asInt()).isEqualTo(1);
		assertThat(progress.at("/byChannel/EMAIL/COMPLAINED").asInt()).isEqualTo(1);

		SMTP.purgeEmailFromAllMailboxes();
		pipeline.awaitSettled(pipeline.issue(ALL_OF_MALI, "Curfew extended", List.of("EMAIL")), 1);
		assertThat(Arrays.stream(SMTP.getReceivedMessages()).map(BouncesIntegrationTests::recipients))
			.containsExactly("reading@example.org");
	}

	@Test
	void readingTheSameReportsAgainChangesNothing() throws Exception {
		Pipeline pipeline = new Pipeline(api());
		String bouncing = pipeline.enroll("bouncing@example.org", "+22376000153", MALI);
		pipeline.awaitSettled(pipeline.issue(ALL_OF_MALI, "Curfew", List.of("EMAIL")), 1);
		MimeMessage email = emailTo("bouncing@example.org");
		deliver(bounce(email, "bouncing@example.org"));
		poller.poll();
		Map<String, Object> recorded = delivery("bouncing@example.org");
		Object suppressedAt = jdbc.queryForObject("SELECT email_opted_out_at FROM subscriber WHERE id = ?::uuid",
				Object.class, bouncing);

		assertThat(poller.poll()).as("a second poll finds every mail seen").isZero();
		// As when a poller stopped after recording the reports and before marking their mails seen.
		deliver(bounce(email, "bouncing@example.org"));
		deliver(complaint(email, "bouncing@example.org"));
		assertThat(poller.poll()).isEqualTo(2);

		assertThat(delivery("bouncing@example.org")).isEqualTo(recorded);
		assertThat(jdbc.queryForObject("SELECT email_opted_out_at FROM subscriber WHERE id = ?::uuid", Object.class,
				bouncing)).isEqualTo(suppressedAt);
		assertThat(optOut(bouncing)).isEqualTo("bounced (dsn:5.1.1)");
	}

	@Test
	void aMailThatIsNoBounceOrComplaintIsMarkedSeenCountedAndChangesNothing() throws Exception {
		Pipeline pipeline = new Pipeline(api());
		String delayed = pipeline.enroll("delayed@example.org", "+22376000154", MALI);
		pipeline.awaitSettled(pipeline.issue(ALL_OF_MALI, "Curfew", List.of("EMAIL")), 1);
		double unrecognised = count("unrecognised");
		double noAction = count("no-action");
		double unreadable = count("unreadable");
		deliver(ReportReaderTests.mail("out-of-office.eml"));
		deliver(withEmail(ReportReaderTests.text("postfix-delayed.eml"), emailTo("delayed@example.org"),
				"amadou@example.net", "delayed@example.org"));
		deliver(ReportReaderTests.parsed("""
				From: mailer-daemon@relay.example
				To: bounces@beacon.test
				Subject: broken
				Content-Type: multipart/report; report-type=delivery-status

				A report whose parts have no boundary.
				"""));

		assertThat(poller.poll()).isEqualTo(3);

		assertThat(poller.poll()).isZero();
		assertThat(count("unrecognised") - unrecognised).isEqualTo(1);
		assertThat(count("no-action") - noAction).isEqualTo(1);
		assertThat(count("unreadable") - unreadable).isEqualTo(1);
		assertThat(delivery("delayed@example.org")).containsEntry("status", "SENT");
		assertThat(optOut(delayed)).isNull();
	}

	/** A Postfix bounce of the email, for this recipient, with its headers quoted as the relay returns them. */
	private static MimeMessage bounce(MimeMessage email, String recipient) throws Exception {
		return withEmail(ReportReaderTests.text("postfix-user-unknown.eml"), email, "Maria.Lopez@example.org",
				recipient);
	}

	/** A Yahoo abuse report of the email, whole, as Yahoo's feedback loop sends it. */
	private static MimeMessage complaint(MimeMessage email, String recipient) throws Exception {
		return withEmail(ReportReaderTests.text("yahoo-arf-abuse.eml"), email, "Sophie.Martin@yahoo.com", recipient);
	}

	/** The sample with the quoted email's Message-ID, and the sample's recipient replaced. */
	private static MimeMessage withEmail(String sample, MimeMessage email, String sampleRecipient, String recipient)
			throws Exception {
		String quoted = sample.replaceAll("Message-ID: <[^>]*@beacon-worker-\\d>", "Message-ID: " + email.getMessageID());
		return ReportReaderTests.parsed(quoted.replace(sampleRecipient, recipient));
	}

	private static void deliver(MimeMessage mail) {
		SMTP.getUserManager().getUser(BOUNCES).deliver(mail);
	}

	private static MimeMessage emailTo(String address) {
		return Arrays.stream(SMTP.getReceivedMessages())
			.filter(message -> recipients(message).equals(address))
			.findFirst()
			.orElseThrow();
	}

	private static String recipients(MimeMessage message) {
		try {
			Address[] recipients = message.getAllRecipients();
			return GreenMailUtil.getAddressList(recipients);
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Map<String, Object> delivery(String address) {
		// The ledger's destinations are sealed: the row is found by opening each.
		return jdbc.queryForList("""
				SELECT status, error_code, error_detail, completed_at, destination_sealed FROM delivery
				WHERE channel = 'EMAIL' ORDER BY id""").stream()
			.filter(row -> address.equals(cipher.open((byte[]) row.get("destination_sealed"),
					SealedColumn.DELIVERY_DESTINATION)))
			.findFirst()
			.map(row -> {
				row.remove("destination_sealed");
				return row;
			})
			.orElseThrow();
	}

	private String optOut(String subscriberId) {
		return jdbc.queryForObject("SELECT email_opt_out_reason FROM subscriber WHERE id = ?::uuid", String.class,
				subscriberId);
	}

	private double count(String outcome) {
		return meters.counter("beacon.delivery.bounces", "outcome", outcome).count();
	}
}
