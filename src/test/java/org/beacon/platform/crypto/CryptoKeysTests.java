package org.beacon.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;

import org.beacon.platform.ContactPointCipher;
import org.beacon.platform.SealedColumn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CryptoKeysTests {

	static final String KEY_1 = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

	static final String KEY_2 = "ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8=";

	@Test
	void sealsWithTheFirstKeyAndOpensWithTheOthers() {
		ContactPointCipher before = CryptoKeys.cipher(List.of("k1:" + KEY_1), KEY_2);
		ContactPointCipher after = CryptoKeys.cipher(List.of("k2:" + KEY_2, "k1:" + KEY_1), KEY_2);
		byte[] sealed = before.seal("+22376000001", SealedColumn.SUBSCRIBER_PHONE);

		assertThat(after.primaryKeyId()).isEqualTo("k2");
		assertThat(after.open(sealed, SealedColumn.SUBSCRIBER_PHONE)).isEqualTo("+22376000001");
		assertThat(after.phoneLookup("+22376000001")).isEqualTo(before.phoneLookup("+22376000001"));
	}

	@Test
	void refusesAKeyThatIsNotAes256WithoutShowingIt() {
		String shortKey = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIj";

		assertThatThrownBy(() -> CryptoKeys.cipher(List.of("k1:" + shortKey), KEY_2))
			.hasMessage("Key k1 of beacon.crypto.keys is not 32 bytes (AES-256)");
		assertThatThrownBy(() -> CryptoKeys.cipher(List.of("k1:" + KEY_1, "k1:" + KEY_2), KEY_2))
			.hasMessageContaining("appears twice");
		assertThatThrownBy(() -> CryptoKeys.cipher(List.of(KEY_1), KEY_2)).hasMessageContaining("not id:base64-key")
			.hasMessageNotContaining(KEY_1);
		assertThatThrownBy(() -> CryptoKeys.cipher(List.of("k1:" + KEY_1), ""))
			.hasMessage("beacon.crypto.lookup-key is shorter than 32 bytes");
	}

	@Test
	void theEmbeddedDefaultGeneratesItsKeysOnceForItsOwnerOnly(@TempDir Path data) throws Exception {
		ContactPointCipher first = EmbeddedKeyFile.loadOrCreate(data);
		byte[] sealed = first.seal("maria.lopez@example.org", SealedColumn.SUBSCRIBER_EMAIL);
		Path file = data.resolve(EmbeddedKeyFile.NAME);

		assertThat(Files.getPosixFilePermissions(file))
			.isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
		ContactPointCipher next = EmbeddedKeyFile.loadOrCreate(data);
		assertThat(next.open(sealed, SealedColumn.SUBSCRIBER_EMAIL)).isEqualTo("maria.lopez@example.org");
		assertThat(next.emailLookup("maria.lopez@example.org")).isEqualTo(first.emailLookup("maria.lopez@example.org"));
		assertThat(EmbeddedKeyFile.loadOrCreate(Files.createDirectory(data.resolve("other")))
			.emailLookup("maria.lopez@example.org")).as("another data directory, other keys")
			.isNotEqualTo(first.emailLookup("maria.lopez@example.org"));
	}
}
