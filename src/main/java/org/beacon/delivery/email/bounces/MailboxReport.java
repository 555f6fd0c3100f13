package org.beacon.delivery.email.bounces;

/**
 * What one mail in the bounce mailbox says about an email Beacon sent.
 *
 * @param kind what it is, and so what to do with it
 * @param messageId the Message-ID of the email it reports on, as the ledger records it; null when the report does
 * not quote the email's headers
 * @param recipient the address it names (lower case), the one Beacon sent to where it says so; null when it names
 * none, or hides it
 * @param code what came back, as the ledger records it: {@code dsn:<status>} or {@code arf:<feedback type>}
 * @param detail the reporting system's diagnostic, contact points masked; null when it gave none
 */
record MailboxReport(Kind kind, String messageId, String recipient, String code, String detail) {

	enum Kind {

		/** A delivery status notification of a permanent failure (RFC 3464: Action failed, Status 5.x.x). */
		BOUNCE,

		/** A feedback report of a complaint (RFC 5965: abuse, fraud, virus or other). */
		COMPLAINT,

		/** A report that asks for nothing: a delay, a success, a temporary failure, a feedback report of another type. */
		NO_ACTION,

		/** Not a report, or one that names neither an email nor an address. */
		UNRECOGNISED
	}

	static MailboxReport of(Kind kind) {
		return new MailboxReport(kind, null, null, null, null);
	}

	/** Whether the report asks for the address to be suppressed and its email recorded. */
	boolean actionable() {
		return (kind == Kind.BOUNCE || kind == Kind.COMPLAINT) && (messageId != null || recipient != null);
	}
}
