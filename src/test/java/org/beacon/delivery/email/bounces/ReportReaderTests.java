package org.beacon.delivery.email.bounces;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.beacon.delivery.email.bounces.MailboxReport.Kind;
import org.junit.jupiter.api.Test;

/** Reads bounces and complaints as mail systems write them (samples in src/test/resources/bounces). */
class ReportReaderTests {

	private final ReportReader reader = new ReportReader();

	@Test
	void aPostfixBounceOfAnUnknownUserNamesTheEmailTheAddressAndTheStatus() throws Exception {
		MailboxReport report = reader.read(mail("postfix-user-unknown.eml"));

		assertThat(report.kind()).isEqualTo(Kind.BOUNCE);
		assertThat(report.messageId()).isEqualTo("<1139484219.7.1763892861118@beacon-worker-1>");
		assertThat(report.recipient()).isEqualTo("maria.lopez@example.org");
		assertThat(report.code()).isEqualTo("dsn:5.1.1");
		assertThat(report.detail()).startsWith("smtp; 550 5.1.1 <M***@example.org>: Recipient address")
			.doesNotContain("Maria.Lopez");
	}

	@Test
	void aDelayNoticeAsksForNothing() throws Exception {
		assertThat(reader.read(mail("postfix-delayed.eml")).kind()).isEqualTo(Kind.NO_ACTION);
	}

	@Test
	void aYahooAbuseReportIsAComplaintAboutTheQuotedEmail() throws Exception {
		MailboxReport report = reader.read(mail("yahoo-arf-abuse.eml"));

		assertThat(report).isEqualTo(new MailboxReport(Kind.COMPLAINT, "<1567271420.8.1763892861119@beacon-worker-1>",
				"sophie.martin@yahoo.com", "arf:abuse", "reported by Yahoo!-Mail-Feedback/2.0"));
	}

	@Test
	void aMicrosoftReportThatHidesTheRecipientStillNamesTheEmail() throws Exception {
		MailboxReport report = reader.read(mail("microsoft-arf-redacted.eml"));

		assertThat(report).isEqualTo(new MailboxReport(Kind.COMPLAINT, "<88134455.12.1763971971031@beacon-worker-2>",
				null, "arf:abuse", "reported by Hotmail FBL"));
	}

	@Test
	void aMailThatIsNoReportIsUnrecognised() throws Exception {
		assertThat(reader.read(mail("out-of-office.eml")).kind()).isEqualTo(Kind.UNRECOGNISED);
	}

	@Test
	void aFeedbackReportThatIsNoComplaintAsksForNothing() throws Exception {
		MimeMessage notSpam = parsed(text("yahoo-arf-abuse.eml").replace("Feedback-Type: abuse", "Feedback-Type: not-spam"));

		assertThat(reader.read(notSpam).kind()).isEqualTo(Kind.NO_ACTION);
	}

	static MimeMessage mail(String name) throws Exception {
		return parsed(text(name));
	}

	static MimeMessage parsed(String raw) throws Exception {
		return new MimeMessage(Session.getInstance(new Properties()),
				new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
	}

	static String text(String name) throws Exception {
		try (InputStream in = ReportReaderTests.class.getResourceAsStream("/bounces/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
