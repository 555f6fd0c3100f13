package org.beacon.platform.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Properties;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The switches of the staff sandbox page: each sandbox provider can be made to fail as its real counterpart does when
 * it is down, and brought back. (The SDKs' view of a failing Twilio, SNS and SES is in their senders' tests.)
 */
class SandboxProviderSwitchesTests {

	SmtpSandbox smtp;

	TwilioSandbox twilio;

	SnsSandbox sns;

	SesSandbox ses;

	SandboxOutbox outbox;

	@BeforeEach
	void start() throws Exception {
		int port;
		try (ServerSocket free = new ServerSocket(0)) {
			port = free.getLocalPort();
		}
		smtp = SmtpSandbox.start(port);
		twilio = TwilioSandbox.start(0, 10, "token");
		sns = SnsSandbox.start(0, 10);
		ses = SesSandbox.start(0, 10, "sandbox");
		outbox = new SandboxOutbox(smtp, twilio, sns, ses);
	}

	@AfterEach
	void stop() {
		smtp.close();
		twilio.close();
		sns.close();
		ses.close();
	}

	@Test
	void listsEveryProviderByChannelAnsweringAtFirst() {
		assertThat(outbox.providers()).containsExactly(new ProviderSwitch("twilio", "SMS", false),
				new ProviderSwitch("sns", "SMS", false), new ProviderSwitch("smtp", "EMAIL", false),
				new ProviderSwitch("ses", "EMAIL", false));
	}

	@Test
	void makesOneProviderFailAndBringsItBack() {
		outbox.failing("sns", true);
		outbox.failing("ses", true);

		assertThat(outbox.providers()).filteredOn(ProviderSwitch::failing)
			.extracting(ProviderSwitch::name)
			.containsExactly("sns", "ses");
		assertThat(sns.failing()).isTrue();
		outbox.failing("sns", false);
		assertThat(sns.failing()).isFalse();
		assertThat(ses.failing()).isTrue();
	}

	@Test
	void aFailingTwilioAnswersEveryCallAsTwilioDoesWhenItIsDown() throws Exception {
		outbox.failing("twilio", true);

		HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
				URI.create("http://127.0.0.1:" + twilio.port() + "/2010-04-01/Accounts/ACtest/Messages.json"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("To=%2B22376000001&Body=x"))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(answer.statusCode()).isEqualTo(503);
		JsonNode error = new ObjectMapper().readTree(answer.body());
		assertThat(error.get("code").asInt()).isEqualTo(20503);
		assertThat(error.get("status").asInt()).isEqualTo(503);
		assertThat(twilio.received()).isEmpty();
	}

	@Test
	void aFailingSmtpServerRefusesConnectionsAndKeepsWhatItHadWhenBack() throws Exception {
		send("before@example.org");

		outbox.failing("smtp", true);

		assertThat(outbox.providers()).contains(new ProviderSwitch("smtp", "EMAIL", true));
		assertThatThrownBy(() -> send("during@example.org")).isInstanceOf(MessagingException.class)
			.hasMessageContaining("Couldn't connect");
		outbox.failing("smtp", false);
		send("after@example.org");
		assertThat(outbox.emails()).extracting(SandboxMessage::to)
			.containsExactly("before@example.org", "after@example.org");
	}

	@Test
	void refusesAProviderItDoesNotRun() {
		assertThatThrownBy(() -> outbox.failing("vonage", true)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("vonage");
	}

	private void send(String to) throws MessagingException {
		Properties properties = new Properties();
		properties.put("mail.smtp.host", "127.0.0.1");
		properties.put("mail.smtp.port", String.valueOf(smtp.port()));
		properties.put("mail.smtp.connectiontimeout", "2000");
		MimeMessage message = new MimeMessage(Session.getInstance(properties));
		message.setFrom(new InternetAddress("alerts@beacon.example"));
		message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
		message.setSubject("Curfew in Mopti");
		message.setText("Stay indoors after 8 p.m.");
		Transport.send(message);
	}
}
