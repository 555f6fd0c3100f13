package org.beacon.platform.crypto;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Properties;

import org.beacon.platform.ContactPointCipher;

/**
 * The embedded default's keys: generated once into a file of the data directory, readable by its owner only, and
 * read again at every start, so the data sealed with them stays readable as long as the data directory lives.
 */
final class EmbeddedKeyFile {

	static final String NAME = "contact-point-keys.properties";

	private EmbeddedKeyFile() {
	}

	static ContactPointCipher loadOrCreate(Path dataDir) {
		Path file = dataDir.resolve(NAME).toAbsolutePath();
		try {
			if (!Files.exists(file)) {
				create(file);
			}
			Properties properties = new Properties();
			try (Reader reader = Files.newBufferedReader(file)) {
				properties.load(reader);
			}
			return CryptoKeys.cipher(List.of(properties.getProperty("keys").split(",")),
					properties.getProperty("lookup-key"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create the contact point keys in " + file, ex);
		}
	}

	private static void create(Path file) throws IOException {
		Files.createDirectories(file.getParent());
		Path draft = Files.createTempFile(file.getParent(), NAME, ".tmp",
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		Properties properties = new Properties();
		properties.setProperty("keys", "embedded-1:" + randomKey());
		properties.setProperty("lookup-key", randomKey());
		try (Writer writer = Files.newBufferedWriter(draft)) {
			properties.store(writer, "Beacon's contact point keys (embedded default). Losing them loses the citizens' "
					+ "email addresses and phone numbers.");
		}
		try {
			// Not replacing: another process starting on the same directory may have written its own first.
			Files.move(draft, file);
		}
		catch (FileAlreadyExistsException ex) {
			Files.delete(draft);
		}
	}

	private static String randomKey() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return Base64.getEncoder().encodeToString(key);
	}
}
