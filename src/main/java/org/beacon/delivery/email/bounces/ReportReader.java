package org.beacon.delivery.email.bounces;

import java.io.IOException;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;

import org.beacon.delivery.email.bounces.MailboxReport.Kind;
import org.beacon.platform.Masking;
import org.eclipse.angus.mail.dsn.DeliveryStatus;
import org.eclipse.angus.mail.dsn.MessageHeaders;

/**
 * Reads a mail of the bounce mailbox as a report about an email Beacon sent: a {@code multipart/report} whose
 * {@code report-type} is {@code delivery-status} (RFC 3464, read with Angus Mail's {@link DeliveryStatus}) or
 * {@code feedback-report} (RFC 5965 ARF, whose fields are read as {@link InternetHeaders}). The email it reports on
 * is the one whose headers it quotes ({@code message/rfc822} or {@code text/rfc822-headers}): its Message-ID is the
 * provider id the ledger recorded. Anything else is {@link Kind#UNRECOGNISED}.
 */
final class ReportReader {

	/** Feedback types of a complaint; {@code not-spam} and {@code auth-failure} (RFC 6591) are not. */
	private static final Set<String> COMPLAINTS = Set.of("abuse", "fraud", "virus", "other");

	private final Session session = Session.getInstance(new Properties());

	/**
	 * @throws MessagingException when the mail is not well-formed MIME
	 * @throws IOException when its content cannot be read
	 */
	MailboxReport read(MimeMessage mail) throws MessagingException, IOException {
		ContentType type = new ContentType(mail.getContentType());
		if (!type.match("multipart/report")) {
			return MailboxReport.of(Kind.UNRECOGNISED);
		}
		// Parsed as a plain multipart and each part by its own type: the result does not depend on which data
		// content handlers the mailcap files on the class path registered.
		MimeMultipart parts = new MimeMultipart(mail.getDataHandler().getDataSource());
		MimeMessage original = original(parts);
		String messageId = original == null ? null : original.getMessageID();
		BodyPart dsn = part(parts, "message/delivery-status", "message/global-delivery-status");
		if (dsn != null) {
			return deliveryStatus(new DeliveryStatus(dsn.getInputStream()), messageId);
		}
		BodyPart arf = part(parts, "message/feedback-report");
		if (arf != null) {
			return feedback(new InternetHeaders(arf.getInputStream()), messageId);
		}
		return MailboxReport.of(Kind.UNRECOGNISED);
	}

	/** A bounce for the first recipient that failed for good; a delay or a temporary failure asks for nothing. */
	private static MailboxReport deliveryStatus(DeliveryStatus status, String messageId) {
		for (int i = 0; i < status.getRecipientDSNCount(); i++) {
			InternetHeaders recipient = status.getRecipientDSN(i);
			String action = field(recipient, "Action");
			String code = firstWord(field(recipient, "Status"));
			if ("failed".equalsIgnoreCase(action) && code != null && code.startsWith("5.")) {
				String address = address(field(recipient, "Original-Recipient"));
				return report(Kind.BOUNCE, messageId,
						address != null ? address : address(field(recipient, "Final-Recipient")), "dsn:" + code,
						field(recipient, "Diagnostic-Code"));
			}
		}
		return MailboxReport.of(Kind.NO_ACTION);
	}

	/**
	 * A complaint names its recipient only where the mailbox provider does not hide it ({@code Original-Rcpt-To}); the
	 * quoted email's Message-ID leads to the address in the ledger all the same. Its {@code To} is not taken: some
	 * providers replace the address in it with a made-up one.
	 */
	private static MailboxReport feedback(InternetHeaders fields, String messageId) {
		String type = field(fields, "Feedback-Type");
		if (type == null || !COMPLAINTS.contains(type.toLowerCase(Locale.ROOT))) {
			return MailboxReport.of(Kind.NO_ACTION);
		}
		String recipient = address(field(fields, "Original-Rcpt-To"));
		String reporter = field(fields, "User-Agent");
		return report(Kind.COMPLAINT, messageId, recipient, "arf:" + type.toLowerCase(Locale.ROOT),
				reporter == null ? null : "reported by " + reporter);
	}

	private static MailboxReport report(Kind kind, String messageId, String recipient, String code, String detail) {
		MailboxReport report = new MailboxReport(kind, messageId, recipient, code,
				detail == null ? null : Masking.line(detail));
		return report.actionable() ? report : MailboxReport.of(Kind.UNRECOGNISED);
	}

	/** The email the report quotes, whole or its headers alone; null when it quotes none. */
	private MimeMessage original(MimeMultipart parts) throws MessagingException, IOException {
		BodyPart whole = part(parts, "message/rfc822", "message/global");
		if (whole != null) {
			return new MimeMessage(session, whole.getInputStream());
		}
		BodyPart headers = part(parts, "text/rfc822-headers", "message/global-headers");
		return headers == null ? null : new MessageHeaders(headers.getInputStream());
	}

	private static BodyPart part(MimeMultipart parts, String... types) throws MessagingException {
		for (int i = 0; i < parts.getCount(); i++) {
			BodyPart part = parts.getBodyPart(i);
			for (String type : types) {
				if (part.isMimeType(type)) {
					return part;
				}
			}
		}
		return null;
	}

	/** A field's first value, unfolded and trimmed; null when absent or blank. */
	private static String field(InternetHeaders headers, String name) {
		String[] values = headers.getHeader(name);
		if (values == null || values.length == 0) {
			return null;
		}
		String value = MimeUtility.unfold(values[0]).trim();
		return value.isEmpty() ? null : value;
	}

	/** {@code 5.1.1 (bad destination mailbox)} gives {@code 5.1.1}. */
	private static String firstWord(String value) {
		return value == null ? null : value.split("\\s+", 2)[0];
	}

	/** {@code rfc822; <Maria@Example.org>} gives {@code maria@example.org}; null when there is no address. */
	private static String address(String typedAddress) {
		if (typedAddress == null) {
			return null;
		}
		int semicolon = typedAddress.indexOf(';');
		String address = typedAddress.substring(semicolon + 1).trim();
		if (address.startsWith("<") && address.endsWith(">")) {
			address = address.substring(1, address.length() - 1).trim();
		}
		return address.contains("@") ? address.toLowerCase(Locale.ROOT) : null;
	}
}
