package org.beacon.bench;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.internet.MimeMessage;

import org.apache.http.HttpHost;
import org.apache.http.conn.routing.HttpRoute;
import org.apache.http.impl.client.HttpClientBuilder;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

import com.twilio.http.NetworkHttpClient;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;

/**
 * How fast the two stubs take messages when driven directly, without Beacon: the Twilio SDK and Jakarta Mail with the
 * connections Beacon's workers may open at once, half SMS and half email at the same time. Beacon's end-to-end rate is
 * judged against it.
 */
final class RawStubRate {

	private final String twilioUrl;

	private final int smtpPort;

	private final int smsConnections;

	private final int emailSessions;

	RawStubRate(String twilioUrl, int smtpPort, int smsConnections, int emailSessions) {
		this.twilioUrl = twilioUrl;
		this.smtpPort = smtpPort;
		this.smsConnections = smsConnections;
		this.emailSessions = emailSessions;
	}

	double measureSms(int messages) throws Exception { return measure(messages * 2, true, false); }
	double measureEmail(int messages) throws Exception { return measure(messages * 2, false, true) ; }

	static {
		// As Beacon's AlertMimeMessages does: without it Jakarta Mail scans the classpath for every multipart.
		System.getProperties().putIfAbsent("jakarta.mail.util.StreamProvider",
				"org.eclipse.angus.mail.util.MailStreamProvider");
	}

	/** Sends {@code messages} in all and answers messages per second. */
	double measure(int messages) throws Exception { return measure(messages, true, true); }

	double measure(int messages, boolean doSms, boolean doEmail) throws Exception {
		TwilioRestClient twilio = twilio();
		JavaMailSenderImpl mail = new JavaMailSenderImpl();
		mail.setHost("127.0.0.1");
		mail.setPort(smtpPort);
		mail.setJavaMailProperties(new Properties());
		ExecutorService threads = Executors.newFixedThreadPool(smsConnections + emailSessions);
		AtomicInteger sms = new AtomicInteger(messages / 2);
		AtomicInteger emails = new AtomicInteger(messages - messages / 2);
		long started = System.nanoTime();
		List<Future<?>> work = new ArrayList<>();
		for (int i = 0; i < smsConnections; i++) {
			work.add(threads.submit(() -> {
				while (sms.getAndDecrement() > 0) {
					Message.creator(new PhoneNumber(Arrivals.phone(1)), new PhoneNumber("+15005550006"),
							"U.S. Embassy Bamako: Security Alert. Demonstrations expected downtown.")
						.setStatusCallback(URI.create("http://localhost:8080/webhooks/twilio/status"))
						.create(twilio);
				}
				return null;
			}));
		}
		for (int i = 0; i < emailSessions; i++) {
			work.add(threads.submit(() -> {
				while (true) {
					List<MimeMessage> session = new ArrayList<>();
					while (session.size() < 50 && emails.getAndDecrement() > 0) {
						session.add(email(mail));
					}
					if (session.isEmpty()) {
						return null;
					}
					mail.send(session.toArray(MimeMessage[]::new));
				}
			}));
		}
		for (Future<?> done : work) {
			done.get();
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		threads.shutdown();
		return messages / seconds;
	}

	private TwilioRestClient twilio() {
		URI uri = URI.create(twilioUrl);
		HttpHost target = new HttpHost(uri.getHost(), uri.getPort(), uri.getScheme());
		HttpClientBuilder http = HttpClientBuilder.create().setMaxConnTotal(64).setMaxConnPerRoute(64)
			.setRoutePlanner((host, request, context) -> new HttpRoute(target));
		return new TwilioRestClient.Builder("ACbench", "bench").httpClient(new NetworkHttpClient(http)).build();
	}

	/** An email shaped like Beacon's: multipart text and HTML, about the same size. */
	private static MimeMessage email(JavaMailSenderImpl mail) throws Exception {
		MimeMessage message = mail.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
		helper.setFrom("Beacon <alerts@beacon.localhost>");
		helper.setTo(Arrivals.email(1));
		helper.setSubject("Security Alert: Demonstrations in Bamako");
		String text = "Demonstrations are expected downtown. Avoid the area and monitor local media. ".repeat(8);
		helper.setText(text, "<html><body><p>" + text + "</p></body></html>");
		message.setHeader("List-Unsubscribe", "<http://localhost:8080/unsubscribe/x?t=y>");
		return message;
	}
}
