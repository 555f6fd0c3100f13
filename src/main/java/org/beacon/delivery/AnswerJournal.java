package org.beacon.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.beacon.ledger.DeliveryLedger;
import org.beacon.ledger.DeliveryLedger.Answer;
import org.beacon.platform.Masking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Records each message a provider took as soon as its answer comes back, not once its whole chunk is done: a worker
 * killed mid-chunk (SIGKILL, node loss) then leaves in doubt only the messages whose call was in flight, not the
 * chunk's earlier ones, and those few are what the provider is asked about afterwards. One thread writes what the
 * senders handed it since its last write in one statement (a group commit), so the ledger sees a few statements a
 * second rather than one per message. The batch's own record of its outcomes still follows; for a row written here
 * first it changes nothing.
 */
@Component
public class AnswerJournal implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(AnswerJournal.class);

	private final DeliveryLedger ledger;

	private final LinkedBlockingQueue<Answer> accepted = new LinkedBlockingQueue<>();

	private final Thread writer;

	private volatile boolean running = true;

	AnswerJournal(DeliveryLedger ledger) {
		this.ledger = ledger;
		this.writer = new Thread(this::write, "beacon-answer-journal");
		writer.setDaemon(true);
		writer.start();
	}

	/** The provider took the delivery's message and gave it this id. */
	public void accepted(long deliveryId, String providerId) {
		accepted.add(Answer.accepted(deliveryId, providerId));
	}

	private void write() {
		List<Answer> answers = new ArrayList<>();
		while (running || !accepted.isEmpty()) {
			try {
				Answer first = accepted.poll(50, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				answers.add(first);
				accepted.drainTo(answers, 2000);
				ledger.sentAll(answers);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (DataAccessException ex) {
				// The batch records the same answers when its chunk is done: nothing is lost but the head start.
				log.warn("Recording {} answers early failed: {}", answers.size(), Masking.line(ex.getMessage()));
			}
			finally {
				answers.clear();
			}
		}
	}

	@Override
	public void destroy() throws InterruptedException {
		running = false;
		writer.join(5000);
	}
}
