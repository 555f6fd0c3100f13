package org.beacon.platform.crypto;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.beacon.platform.ContactPointCipher;
import org.beacon.platform.SealedColumn;
import org.flywaydb.core.api.migration.Context;

/**
 * V51: contact points leave the database's clear text. Adds the sealed and lookup-hash columns, seals every stored
 * email address, phone number and emergency contact's number of {@code subscriber} and every destination of the
 * delivery ledger and every destination of the contact challenges (verification, sign-in and keep links, SMS codes)
 * with the configured primary key, then drops the clear columns (and their indexes), so that a dump
 * holds none. A Java migration, as the keys live in the application; it runs in Flyway's transaction, so a failure
 * leaves the schema as it was.
 */
final class SealContactPointsMigration extends SealingMigration {

	static final int BATCH = 1000;

	SealContactPointsMigration(ContactPointCipher cipher) {
		super("51", "seal contact points", cipher);
	}

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		try (Statement ddl = connection.createStatement()) {
			ddl.execute("""
					ALTER TABLE subscriber ADD COLUMN email_sealed BYTEA, ADD COLUMN email_hash BYTEA,
					  ADD COLUMN phone_sealed BYTEA, ADD COLUMN phone_hash BYTEA,
					  ADD COLUMN emergency_contact_phone_sealed BYTEA""");
			ddl.execute("ALTER TABLE delivery ADD COLUMN destination_sealed BYTEA");
			ddl.execute("ALTER TABLE contact_challenge ADD COLUMN destination_sealed BYTEA");
		}
		sealSubscribers(connection);
		ClearColumns.seal(connection, cipher, SealedColumn.DELIVERY_DESTINATION, "destination", "bigint");
		ClearColumns.seal(connection, cipher, SealedColumn.CONTACT_CHALLENGE_DESTINATION, "destination", "uuid");
		try (Statement ddl = connection.createStatement()) {
			ddl.execute("ALTER TABLE subscriber DROP CONSTRAINT IF EXISTS subscriber_relay_needs_contact_phone");
			ddl.execute("ALTER TABLE subscriber DROP COLUMN email, DROP COLUMN phone, DROP COLUMN emergency_contact_phone");
			ddl.execute("""
					ALTER TABLE subscriber ADD CONSTRAINT subscriber_relay_needs_contact_phone
					  CHECK (NOT relay_safe_to_contact OR emergency_contact_phone_sealed IS NOT NULL)""");
			// Inbound SMS (STOP, check-in replies) and sign-in find citizens by these.
			ddl.execute("CREATE INDEX subscriber_by_email_hash ON subscriber (email_hash)");
			ddl.execute("CREATE INDEX subscriber_by_phone_hash ON subscriber (phone_hash)");
			ddl.execute("ALTER TABLE delivery DROP COLUMN destination");
			ddl.execute("ALTER TABLE contact_challenge DROP COLUMN destination");
			ddl.execute("ALTER TABLE contact_challenge ALTER COLUMN destination_sealed SET NOT NULL");
		}
	}

	private void sealSubscribers(Connection connection) throws SQLException {
		try (PreparedStatement read = connection.prepareStatement("""
				SELECT id, email, phone, emergency_contact_phone FROM subscriber
				WHERE id > COALESCE(?::uuid, '00000000-0000-0000-0000-000000000000'::uuid) ORDER BY id LIMIT ?""");
				PreparedStatement write = connection.prepareStatement("""
						UPDATE subscriber SET email_sealed = ?, email_hash = ?, phone_sealed = ?, phone_hash = ?,
						  emergency_contact_phone_sealed = ? WHERE id = ?""")) {
			Object after = null;
			while (true) {
				read.setObject(1, after);
				read.setInt(2, BATCH);
				int rows = 0;
				try (ResultSet rs = read.executeQuery()) {
					while (rs.next()) {
						rows++;
						after = rs.getObject("id");
						String email = rs.getString("email");
						String phone = rs.getString("phone");
						write.setBytes(1, cipher.seal(email, SealedColumn.SUBSCRIBER_EMAIL));
						write.setBytes(2, cipher.emailLookup(email));
						write.setBytes(3, cipher.seal(phone, SealedColumn.SUBSCRIBER_PHONE));
						write.setBytes(4, cipher.phoneLookup(phone));
						write.setBytes(5, cipher.seal(rs.getString("emergency_contact_phone"),
								SealedColumn.SUBSCRIBER_EMERGENCY_CONTACT_PHONE));
						write.setObject(6, after);
						write.addBatch();
					}
				}
				if (rows == 0) {
					return;
				}
				write.executeBatch();
			}
		}
	}
}
