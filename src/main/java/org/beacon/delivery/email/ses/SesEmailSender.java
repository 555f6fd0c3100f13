package org.beacon.delivery.email.ses;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.beacon.delivery.DeliveryFailure;
import org.beacon.delivery.ProviderAnswer;
import org.beacon.delivery.ProviderOutcomes;
import org.beacon.delivery.email.AlertEmail;
import org.beacon.delivery.email.AlertMimeMessages;
import org.beacon.delivery.email.EmailSender;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.SendEmailRequest;

/**
 * Sends alert emails through Amazon SES v2 ({@code SendEmail}) as raw messages: the very MIME message the SMTP relay
 * gets ({@link AlertMimeMessages}), so the one-click unsubscribe headers and the bodies are the same whichever route
 * an email took. SES takes sender and recipients from its From and To headers. One attempt per call (the client does
 * not retry); Beacon retries through its retry topics.
 * <p>
 * The id it answers is SES's {@code MessageId}, the one SES's bounce, complaint and delivery events name. SES puts its
 * own Message-ID header ({@code <MessageId@email.amazonses.com>}) on the message it sends in place of Beacon's.
 */
class SesEmailSender implements EmailSender {

	static final String PROVIDER = "ses";

	private final SesV2Client client;

	private final AlertMimeMessages messages;

	private final String configurationSet;

	/** @param configurationSet named on every email; null or blank for none */
	SesEmailSender(SesV2Client client, AlertMimeMessages messages, String configurationSet) {
		this.client = client;
		this.messages = messages;
		this.configurationSet = configurationSet == null || configurationSet.isBlank() ? null : configurationSet;
	}

	@Override
	public String provider() {
		return PROVIDER;
	}

	@Override
	public String send(AlertEmail email) {
		SendEmailRequest request = SendEmailRequest.builder()
			.content(content -> content.raw(raw -> raw.data(SdkBytes.fromByteArrayUnsafe(raw(email)))))
			.configurationSetName(configurationSet)
			.build();
		try {
			return client.sendEmail(request).messageId();
		}
		catch (AwsServiceException ex) {
			throw SesErrorCodes.of(ex);
		}
		catch (SdkClientException ex) {
			throw SesErrorCodes.unreachable(ex.getMessage(), ex);
		}
	}

	/**
	 * One email after another over the client's kept-alive connection; after a transient failure the rest are
	 * answered with it unsent, as SES is unlikely to take them a moment later (they retry).
	 */
	@Override
	public List<ProviderAnswer> sendAll(List<AlertEmail> emails) {
		List<ProviderAnswer> answers = new ArrayList<>(emails.size());
		DeliveryFailure down = null;
		for (AlertEmail email : emails) {
			if (down != null) {
				answers.add(ProviderAnswer.failed(down));
				continue;
			}
			try {
				answers.add(ProviderAnswer.accepted(send(email)));
			}
			catch (DeliveryFailure failure) {
				answers.add(ProviderAnswer.failed(failure));
				down = failure.permanent() ? null : failure;
			}
		}
		return answers;
	}

	private byte[] raw(AlertEmail email) {
		MimeMessage message = messages.build(email, PROVIDER);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
		try {
			message.writeTo(bytes);
			return bytes.toByteArray();
		}
		catch (IOException | MessagingException ex) {
			throw ProviderOutcomes.unsendable(PROVIDER + ":message", "cannot write the message: " + ex.getMessage());
		}
	}
}
