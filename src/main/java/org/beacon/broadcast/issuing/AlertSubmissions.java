package org.beacon.broadcast.issuing;

import java.time.Instant;
import java.util.Optional;

import org.beacon.broadcast.AlertView;
import org.beacon.broadcast.BroadcastManagement;
import org.beacon.broadcast.IssueAlertRequest;
import org.beacon.broadcast.Submission;
import org.beacon.broadcast.store.Alerts;
import org.beacon.platform.Masking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues an alert at most once per submission key: a key that comes back (a client retrying after a lost answer, an
 * officer pressing Send again after Back) gets the alert its first use created, and nothing is sent twice. Keys are
 * each author's own, and are stored with the alert they created, for as long as it is kept.
 */
@Service
public class AlertSubmissions {

	private static final Logger log = LoggerFactory.getLogger(AlertSubmissions.class);

	private final Alerts alerts;

	private final BroadcastManagement broadcasts;

	AlertSubmissions(Alerts alerts, BroadcastManagement broadcasts) {
		this.alerts = alerts;
		this.broadcasts = broadcasts;
	}

	/** What a submission gave: the alert, and whether an earlier use of its key had already created it. */
	public record Outcome(AlertView alert, boolean replayed) {
	}

	/**
	 * Issues the alert the submission asks for, or, when its key was used before, answers with the alert it created.
	 *
	 * @throws IdempotencyKeyReusedException when the key was first used with another request
	 */
	@Transactional
	public Outcome submit(IssueAlertRequest request, String username, Submission submission) {
		return submit(request, username, submission, null);
	}

	/**
	 * As {@link #submit(IssueAlertRequest, String, Submission)}, for a check-in that takes answers until
	 * {@code answerBy} (null: an alert that asks nothing).
	 */
	@Transactional
	public Outcome submit(IssueAlertRequest request, String username, Submission submission, Instant answerBy) {
		Optional<Outcome> earlier = earlier(username, submission);
		if (earlier.isPresent()) {
			return earlier.get();
		}
		return broadcasts.issue(request, username, submission, answerBy)
			.map(alert -> new Outcome(alert, false))
			// A concurrent request with the key committed first: this one waited for it, and now reads what it made.
			.orElseGet(() -> earlier(username, submission).orElseThrow());
	}

	/** The alert an author's key created, whatever request it came with; empty when the key is still unused. */
	@Transactional(readOnly = true)
	public Optional<AlertView> sent(String username, String key) {
		return alerts.submitted(username, key).map(first -> broadcasts.find(first.id(), username));
	}

	private Optional<Outcome> earlier(String username, Submission submission) {
		return alerts.submitted(username, submission.key()).map(first -> {
			if (!submission.asksFor(first.digest())) {
				log.info("{} reused a submission key of alert {} with another request", Masking.typed(username),
						first.id());
				throw new IdempotencyKeyReusedException(first.id());
			}
			return new Outcome(broadcasts.find(first.id(), username), true);
		});
	}
}
