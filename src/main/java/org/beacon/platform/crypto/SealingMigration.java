package org.beacon.platform.crypto;

import org.beacon.platform.ContactPointCipher;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A migration that seals contact points stored in clear: a Java migration, as the keys live in the application, run
 * in Flyway's transaction, so that a failure leaves the schema as it was.
 */
abstract class SealingMigration implements JavaMigration {

	protected final ContactPointCipher cipher;

	private final MigrationVersion version;

	private final String description;

	SealingMigration(String version, String description, ContactPointCipher cipher) {
		this.version = MigrationVersion.fromVersion(version);
		this.description = description;
		this.cipher = cipher;
	}

	@Override
	public MigrationVersion getVersion() {
		return version;
	}

	@Override
	public String getDescription() {
		return description;
	}

	@Override
	public Integer getChecksum() {
		return null;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}
}
