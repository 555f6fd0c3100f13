package org.beacon.platform.crypto;

import java.sql.Connection;
import java.sql.Statement;

import org.beacon.platform.ContactPointCipher;
import org.beacon.platform.SealedColumn;
import org.flywaydb.core.api.migration.Context;

/**
 * V53: the phone that works, which a citizen who needs help gives in a check-in's help form, leaves the clear text
 * too. Each report keeps it sealed ({@code safety_report.callback_phone_sealed}); the latest answer
 * ({@code safety_answer}) no longer keeps a copy, since the help queue reads it from the report the case opened with.
 */
final class SealCallbackPhonesMigration extends SealingMigration {

	SealCallbackPhonesMigration(ContactPointCipher cipher) {
		super("53", "seal callback phones", cipher);
	}

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		try (Statement ddl = connection.createStatement()) {
			ddl.execute("ALTER TABLE safety_report ADD COLUMN callback_phone_sealed BYTEA");
		}
		ClearColumns.seal(connection, cipher, SealedColumn.SAFETY_REPORT_CALLBACK_PHONE, "callback_phone", "bigint");
		try (Statement ddl = connection.createStatement()) {
			ddl.execute("ALTER TABLE safety_report DROP COLUMN callback_phone");
			ddl.execute("ALTER TABLE safety_answer DROP COLUMN callback_phone");
		}
	}
}
