package org.beacon.platform.crypto;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.beacon.platform.ContactPointCipher;
import org.beacon.platform.SealedColumn;

/** Seals, in a migration, the clear values of one column of a table into its sealed column, a batch at a time. */
final class ClearColumns {

	private ClearColumns() {
	}

	/**
	 * Seals every value of {@code clearColumn} into {@code sealed}'s column, walking the table by its {@code id}.
	 *
	 * @param idType the SQL type of the table's {@code id} ({@code bigint}, {@code uuid})
	 */
	static void seal(Connection connection, ContactPointCipher cipher, SealedColumn sealed, String clearColumn,
			String idType) throws SQLException {
		String table = sealed.table();
		try (PreparedStatement read = connection.prepareStatement("""
				SELECT id, %2$s AS clear FROM %1$s WHERE (?::text IS NULL OR id > CAST(?::text AS %3$s))
				  AND %2$s IS NOT NULL ORDER BY id LIMIT ?""".formatted(table, clearColumn, idType));
				PreparedStatement write = connection.prepareStatement(
						"UPDATE %s SET %s = ? WHERE id = ?".formatted(table, sealed.column()))) {
			Object after = null;
			while (true) {
				read.setString(1, after == null ? null : after.toString());
				read.setString(2, after == null ? null : after.toString());
				read.setInt(3, SealContactPointsMigration.BATCH);
				int rows = 0;
				try (ResultSet rs = read.executeQuery()) {
					while (rs.next()) {
						rows++;
						after = rs.getObject("id");
						write.setBytes(1, cipher.seal(rs.getString("clear"), sealed));
						write.setObject(2, after);
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
