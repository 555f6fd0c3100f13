package org.beacon.platform.crypto;

import java.util.ArrayList;
import java.util.List;

import org.beacon.platform.ContactPointCipher;
import org.beacon.platform.SealedColumn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Seals again, with the primary key, every stored contact point sealed with a retired one: the second half of a key
 * rotation, after which the retired key may leave {@code beacon.crypto.keys}. Batch by batch in each table's id
 * order; a row changed meanwhile keeps its new value (each update compares the value it read), so it may run on
 * several instances at once, and again.
 */
public class ContactPointResealing {

	private static final Logger log = LoggerFactory.getLogger(ContactPointResealing.class);

	private final JdbcClient jdbc;

	private final ContactPointCipher cipher;

	private final int batch;

	ContactPointResealing(JdbcClient jdbc, ContactPointCipher cipher, int batch) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.batch = batch;
	}

	/** @return how many values were sealed again */
	public long resealAll() {
		long total = 0;
		for (SealedColumn column : SealedColumn.values()) {
			long count = reseal(column);
			if (count > 0) {
				log.info("Sealed {} value(s) of {}.{} again with key {}", count, column.table(), column.column(),
						cipher.primaryKeyId());
			}
			total += count;
		}
		return total;
	}

	private long reseal(SealedColumn column) {
		// The key id sits after its length in the first byte; rows of the primary key are skipped in the database.
		String select = """
				SELECT id, %2$s AS sealed FROM %1$s
				WHERE %2$s IS NOT NULL AND substring(%2$s FROM 2 FOR get_byte(%2$s, 0)) <> :primary %3$s
				ORDER BY id LIMIT :batch""";
		byte[] primary = cipher.primaryKeyId().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		Object after = null;
		long count = 0;
		while (true) {
			record Row(Object id, byte[] sealed) {
			}
			JdbcClient.StatementSpec statement = jdbc
				.sql(select.formatted(column.table(), column.column(), after == null ? "" : "AND id > :after"))
				.param("primary", primary)
				.param("batch", batch);
			if (after != null) {
				statement = statement.param("after", after);
			}
			List<Row> rows = new ArrayList<>(statement.query((rs, n) -> new Row(rs.getObject("id"), rs.getBytes("sealed")))
				.list());
			if (rows.isEmpty()) {
				return count;
			}
			for (Row row : rows) {
				byte[] again = cipher.seal(cipher.open(row.sealed(), column), column);
				count += jdbc.sql("UPDATE %1$s SET %2$s = ? WHERE id = ? AND %2$s = ?".formatted(column.table(),
						column.column()))
					.params(again, row.id(), row.sealed())
					.update();
			}
			after = rows.get(rows.size() - 1).id();
		}
	}
}
