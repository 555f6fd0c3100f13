package org.beacon.platform.crypto;

import java.nio.file.Path;

import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.ContactPointCipher;
import org.beacon.platform.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The contact point cipher, with the configured keys or, on the embedded default (none configured; the {@code prod}
 * profile refuses to start without them), keys of its own kept in the data directory. Registers the migration that
 * seals the contact points already stored (V51) and the resealing job of key rotation.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CryptoProperties.class)
class CryptoConfiguration {

	private static final Logger log = LoggerFactory.getLogger(CryptoConfiguration.class);

	@Bean
	ContactPointCipher contactPointCipher(CryptoProperties properties,
			// The embedded default's data directory, by its property: the lean build has no embedded classes.
			@Value("${beacon.embedded.data-dir:./data}") Path dataDir) {
		if (properties.keys().isEmpty()) {
			log.info("No beacon.crypto.keys: contact points are sealed with the embedded default's keys in {}",
					dataDir.resolve(EmbeddedKeyFile.NAME).toAbsolutePath());
			return EmbeddedKeyFile.loadOrCreate(dataDir);
		}
		return CryptoKeys.cipher(properties.keys(), properties.lookupKey());
	}

	@Bean
	FlywayConfigurationCustomizer sealContactPointsMigration(ContactPointCipher cipher) {
		return configuration -> configuration.javaMigrations(new SealContactPointsMigration(cipher),
				new SealCallbackPhonesMigration(cipher));
	}

	@Bean
	ContactPointResealing contactPointResealing(JdbcClient jdbc, ContactPointCipher cipher,
			CryptoProperties properties) {
		return new ContactPointResealing(jdbc, cipher, properties.reseal().batch());
	}

	/** After a rotation, the first start of a fan-out instance seals the old values again, in the background. */
	@Bean
	@ConditionalOnRole(Role.FANOUT)
	ApplicationRunner resealOnStart(ContactPointResealing resealing, CryptoProperties properties) {
		return arguments -> {
			if (properties.reseal().onStart()) {
				Thread thread = new Thread(() -> {
					try {
						resealing.resealAll();
					}
					catch (RuntimeException ex) {
						log.warn("Resealing contact points stopped; it runs again at the next start", ex);
					}
				}, "contact-point-resealing");
				thread.setDaemon(true);
				thread.start();
			}
		};
	}
}
