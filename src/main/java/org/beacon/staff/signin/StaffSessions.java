package org.beacon.staff.signin;

import org.beacon.platform.Masking;
import org.beacon.staff.accounts.AccessChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ends the open sessions of a staff account whose access an administrator changed (disabled, roles or post changed,
 * password reset): a session carries the roles it signed in with, so it must not outlive them. The account signs in
 * again, with what it has now.
 */
@Component
class StaffSessions {

	private static final Logger log = LoggerFactory.getLogger(StaffSessions.class);

	private final SessionRegistry sessions;

	StaffSessions(SessionRegistry sessions) {
		this.sessions = sessions;
	}

	/** After the change committed: a change rolled back leaves the sessions as they were. */
	@TransactionalEventListener
	void on(AccessChanged change) {
		int ended = 0;
		// Sessions are indexed by the name the account signed in with, whichever replica opened them.
		for (SessionInformation session : sessions.getAllSessions(change.username(), false)) {
			session.expireNow();
			ended++;
		}
		if (ended > 0) {
			log.info("Ended {} session(s) of staff account {} after its access changed", ended,
					Masking.typed(change.username()));
		}
	}
}
