package org.beacon.delivery.email.bounces;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Store;

import org.beacon.delivery.email.bounces.BounceProperties.Protocol;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

/** The bounce mailbox on GreenMail's IMAP server: what is read stays unseen until it is done. */
class BounceMailboxTests {

	private final GreenMail imap = new GreenMail(ServerSetupTest.IMAP.dynamicPort());

	private GreenMailUser user;

	@BeforeEach
	void start() throws Exception {
		imap.start();
		user = imap.setUser("bounces@beacon.test", "bounces", "secret");
		user.deliver(ReportReaderTests.mail("postfix-user-unknown.eml"));
		user.deliver(ReportReaderTests.mail("yahoo-arf-abuse.eml"));
		user.deliver(ReportReaderTests.mail("out-of-office.eml"));
	}

	@AfterEach
	void stop() {
		imap.stop();
	}

	@Test
	void readingAMailLeavesItUnseenUntilItIsDone() throws Exception {
		BounceMailbox mailbox = mailbox(null, 2);
		try (Store store = mailbox.connect(); Folder folder = mailbox.open(store)) {
			List<Message> batch = mailbox.unseen(folder);
			assertThat(batch).hasSize(2);
			BounceMailbox.fetched(batch.get(0)).getContent();
			assertThat(mailbox.unseen(folder)).hasSize(2);

			mailbox.done(folder, batch.subList(0, 1));

			assertThat(mailbox.unseen(folder)).hasSize(2).doesNotContain(batch.get(0));
			assertThat(folder.getMessageCount()).isEqualTo(3);
		}
	}

	@Test
	void mailsThatAreDoneMoveToTheProcessedFolderWhenOneIsSet() throws Exception {
		BounceMailbox mailbox = mailbox("Processed", 100);
		try (Store store = mailbox.connect()) {
			try (Folder folder = mailbox.open(store)) {
				mailbox.done(folder, mailbox.unseen(folder));
			}
			try (Folder inbox = mailbox.open(store); Folder processed = store.getFolder("Processed")) {
				processed.open(Folder.READ_ONLY);
				assertThat(inbox.getMessageCount()).isZero();
				assertThat(processed.getMessageCount()).isEqualTo(3);
				assertThat(processed.getMessage(1).isSet(Flags.Flag.SEEN)).isTrue();
			}
		}
	}

	private BounceMailbox mailbox(String processedFolder, int batchSize) {
		return new BounceMailbox(new BounceProperties(true, "127.0.0.1", imap.getImap().getPort(), Protocol.IMAP,
				"bounces", "secret", "INBOX", processedFolder, Duration.ofMinutes(1), batchSize,
				Duration.ofSeconds(5)));
	}
}
