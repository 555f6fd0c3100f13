package org.beacon.delivery.email.bounces;

import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;

import org.springframework.util.StringUtils;

/**
 * The bounce mailbox over IMAP with Jakarta Mail. A mail is read without being marked seen: it is marked, and moved
 * where {@code processed-folder} says, only once what it reports is recorded, so a poller that stops in between
 * reads it again.
 */
final class BounceMailbox {

	private static final FlagTerm UNSEEN = new FlagTerm(new Flags(Flags.Flag.SEEN), false);

	private final BounceProperties properties;

	private final Session session;

	BounceMailbox(BounceProperties properties) {
		this.properties = properties;
		String store = properties.protocol().store();
		String timeout = String.valueOf(properties.timeout().toMillis());
		Properties settings = new Properties();
		// BODY.PEEK: fetching a mail's content does not set \Seen on the server.
		settings.put("mail." + store + ".peek", "true");
		settings.put("mail." + store + ".connectiontimeout", timeout);
		settings.put("mail." + store + ".timeout", timeout);
		this.session = Session.getInstance(settings);
	}

	/** Connects to the server; the caller closes the store. */
	Store connect() throws MessagingException {
		Store store = session.getStore(properties.protocol().store());
		store.connect(properties.host(), properties.port(), properties.username(), properties.password());
		return store;
	}

	/** Opens the folder for reading and flagging; the caller closes it, which expunges what {@link #done} moved. */
	Folder open(Store store) throws MessagingException {
		Folder folder = store.getFolder(properties.folder());
		folder.open(Folder.READ_WRITE);
		return folder;
	}

	/** The oldest mails not yet seen, at most a batch. */
	List<Message> unseen(Folder folder) throws MessagingException {
		return Arrays.stream(folder.search(UNSEEN)).limit(properties.batchSize()).toList();
	}

	/** The whole mail, fetched once and parsed in memory. */
	static MimeMessage fetched(Message mail) throws MessagingException {
		return new MimeMessage((MimeMessage) mail);
	}

	/** Marks the mails seen and, where a processed folder is set, moves them there. */
	void done(Folder folder, List<Message> mails) throws MessagingException {
		if (mails.isEmpty()) {
			return;
		}
		Message[] done = mails.toArray(Message[]::new);
		folder.setFlags(done, new Flags(Flags.Flag.SEEN), true);
		if (StringUtils.hasText(properties.processedFolder())) {
			Folder processed = folder.getStore().getFolder(properties.processedFolder());
			if (!processed.exists()) {
				processed.create(Folder.HOLDS_MESSAGES);
			}
			folder.copyMessages(done, processed);
			folder.setFlags(done, new Flags(Flags.Flag.DELETED), true);
		}
	}
}
