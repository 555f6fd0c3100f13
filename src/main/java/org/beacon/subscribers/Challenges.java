package org.beacon.subscribers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

import org.beacon.platform.ContactPointCipher;
import org.beacon.platform.SealedColumn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored challenges (table contact_challenge). */
@Repository
class Challenges {

	private static final String COLUMNS = "id, subscriber_id, purpose, destination_sealed, secret_hash, created_at, "
			+ "expires_at, used_at, attempts";

	private final JdbcClient jdbc;

	private final ContactPointCipher cipher;

	Challenges(JdbcClient jdbc, ContactPointCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	record Challenge(UUID id, UUID subscriberId, ChallengePurpose purpose, String destination, byte[] secretHash,
			Instant createdAt, Instant expiresAt, Instant usedAt, int attempts) {

		/** Neither used nor expired. */
		boolean open(Instant now) {
			return usedAt == null && now.isBefore(expiresAt);
		}
	}

	void insert(Challenge c) {
		jdbc.sql("INSERT INTO contact_challenge (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, NULL, 0)")
			.params(c.id(), c.subscriberId(), c.purpose().name(),
					cipher.seal(c.destination(), SealedColumn.CONTACT_CHALLENGE_DESTINATION), c.secretHash(),
					Timestamp.from(c.createdAt()), Timestamp.from(c.expiresAt()))
			.update();
	}

	Optional<Challenge> find(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM contact_challenge WHERE id = ?").param(id).query(this::map)
			.optional();
	}

	/** A link challenge by the hash of its secret. */
	Optional<Challenge> findLink(byte[] secretHash, ChallengePurpose purpose) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM contact_challenge WHERE secret_hash = ? AND purpose = ?")
			.params(secretHash, purpose.name())
			.query(this::map)
			.optional();
	}

	Optional<Challenge> latest(UUID subscriberId, ChallengePurpose purpose) {
		return jdbc.sql("SELECT " + COLUMNS
				+ " FROM contact_challenge WHERE subscriber_id = ? AND purpose = ? ORDER BY created_at DESC LIMIT 1")
			.params(subscriberId, purpose.name())
			.query(this::map)
			.optional();
	}

	int countSince(UUID subscriberId, ChallengePurpose purpose, Instant since) {
		return jdbc.sql("SELECT count(*) FROM contact_challenge WHERE subscriber_id = ? AND purpose = ? AND created_at > ?")
			.params(subscriberId, purpose.name(), Timestamp.from(since))
			.query(Integer.class)
			.single();
	}

	/** Marks it used; false when it already was (two clicks racing: only one wins). */
	boolean use(UUID id, Instant now) {
		return jdbc.sql("UPDATE contact_challenge SET used_at = ? WHERE id = ? AND used_at IS NULL")
			.params(Timestamp.from(now), id)
			.update() == 1;
	}

	/** Counts one more attempt, unless {@code max} were made already: then empty. */
	OptionalInt attempt(UUID id, int max) {
		return jdbc.sql("UPDATE contact_challenge SET attempts = attempts + 1 WHERE id = ? AND attempts < ? RETURNING attempts")
			.params(id, max)
			.query(Integer.class)
			.optional()
			.map(OptionalInt::of)
			.orElse(OptionalInt.empty());
	}

	private Challenge map(ResultSet rs, int n) throws SQLException {
		Timestamp used = rs.getTimestamp("used_at");
		return new Challenge(rs.getObject("id", UUID.class), rs.getObject("subscriber_id", UUID.class),
				ChallengePurpose.valueOf(rs.getString("purpose")),
				cipher.open(rs.getBytes("destination_sealed"), SealedColumn.CONTACT_CHALLENGE_DESTINATION),
				rs.getBytes("secret_hash"), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("expires_at").toInstant(), used == null ? null : used.toInstant(), rs.getInt("attempts"));
	}
}
