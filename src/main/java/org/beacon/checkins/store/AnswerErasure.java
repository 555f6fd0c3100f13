package org.beacon.checkins.store;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Forgets what a citizen who left told a check-in about themselves — their words, where they were, the phone they
 * gave, and what staff noted of their case — but keeps their answers, so that a check-in's counts stay true, as the
 * delivery ledger keeps its rows without contact points.
 */
@Repository
public class AnswerErasure {

	/** What staff see in place of their note about a citizen who has since left. */
	static final String ERASED_NOTE = "(erased: the citizen deleted their enrollment)";

	private final JdbcClient jdbc;

	AnswerErasure(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void erase(UUID subscriberId) {
		jdbc.sql("""
				UPDATE safety_answer SET message = NULL, help_needed = NULL, lat = NULL, lon = NULL
				WHERE subscriber_id = ?""").param(subscriberId).update();
		jdbc.sql("""
				UPDATE safety_report SET message = NULL, help_needed = NULL, lat = NULL, lon = NULL,
				  callback_phone_sealed = NULL
				WHERE subscriber_id = ?""").param(subscriberId).update();
		jdbc.sql("UPDATE help_case SET note = CASE WHEN note IS NULL THEN NULL ELSE ? END WHERE subscriber_id = ?")
			.params(ERASED_NOTE, subscriberId)
			.update();
	}
}
