package org.beacon.checkins;

import java.time.Duration;
import java.util.Optional;

import org.beacon.checkins.SmsReplyBatches.Inbound;
import org.beacon.platform.GroupCommit;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * Reads SMS replies as answers to check-ins. A reply is about the newest check-in sent by SMS to its number: while
 * that check-in is open, {@code 1} or {@code 2} is recorded for every enrollment of the number it was sent to, and
 * anything else is answered with the question again, recording nothing; once it has ended, the reply is answered with
 * the post's emergency number. A number no check-in was sent to is none of this feature's business.
 * <p>
 * After a check-in goes out, its replies come in a flood, each holding a request of the provider's open until it is
 * answered. They are read and stored a batch at a time ({@link GroupCommit}): one lookup of the numbers, one of what
 * was sent to them, and one transaction for the batch's answers, so a flood costs a few statements per batch rather
 * than several per reply. Each reply is still answered only once its answer is stored.
 */
@Service
public class SmsAnswers implements DisposableBean {

	/** The most replies read in one batch. */
	private static final int BATCH = 500;

	/**
	 * The most replies waiting for a batch; more are refused at once. Each waiting reply holds a request thread, so
	 * this is above what the web server's threads can hold.
	 */
	private static final int WAITING = 2_000;

	/** How long a reply waits for its batch: well within the 15 seconds Twilio waits for an answer. */
	private static final Duration WAIT = Duration.ofSeconds(10);

	private final GroupCommit<Inbound, Optional<String>> replies;

	SmsAnswers(SmsReplyBatches batches, CheckInsProperties properties) {
		this.replies = new GroupCommit<>("beacon-sms-answers", BATCH, WAITING, WAIT, properties.replyLinger(),
				batches::readAll);
	}

	/**
	 * Takes a reply as an answer to the newest check-in sent to its number.
	 *
	 * @param from the sender's E.164 number
	 * @return what to text back; empty when no recent check-in was sent to the number
	 * @throws GroupCommit.NotDone when the reply could not be read in time (too many waiting, or the database slow);
	 * its answer is then stored or not, and the citizen may reply again
	 */
	public Optional<String> reply(String from, String body) {
		return replies.submit(new Inbound(from, body));
	}

	@Override
	public void destroy() throws InterruptedException {
		replies.close();
	}
}
