package org.beacon.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.beacon.platform.ContactPointCipher.SealedValueException;
import org.junit.jupiter.api.Test;

class ContactPointCipherTests {

	static final SecretKey OLD = aes(1);

	static final SecretKey NEW = aes(2);

	static final SecretKey LOOKUP = new SecretKeySpec(new byte[32], "HmacSHA256");

	final ContactPointCipher cipher = new ContactPointCipher("old", Map.of("old", OLD), LOOKUP);

	@Test
	void opensWhatItSealed() {
		byte[] sealed = cipher.seal("maria.lopez@example.org", SealedColumn.SUBSCRIBER_EMAIL);

		assertThat(cipher.open(sealed, SealedColumn.SUBSCRIBER_EMAIL)).isEqualTo("maria.lopez@example.org");
		assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("maria", "example.org");
	}

	@Test
	void sealsTheSameValueDifferentlyEachTime() {
		assertThat(cipher.seal("+22376000001", SealedColumn.SUBSCRIBER_PHONE))
			.isNotEqualTo(cipher.seal("+22376000001", SealedColumn.SUBSCRIBER_PHONE));
	}

	@Test
	void leavesNullAlone() {
		assertThat(cipher.seal(null, SealedColumn.SUBSCRIBER_PHONE)).isNull();
		assertThat(cipher.open(null, SealedColumn.SUBSCRIBER_PHONE)).isNull();
		assertThat(cipher.phoneLookup(null)).isNull();
	}

	@Test
	void refusesAnAlteredValue() {
		byte[] sealed = cipher.seal("+22376000001", SealedColumn.SUBSCRIBER_PHONE);
		sealed[sealed.length - 3] ^= 1;

		assertThatThrownBy(() -> cipher.open(sealed, SealedColumn.SUBSCRIBER_PHONE))
			.isInstanceOf(SealedValueException.class)
			.hasMessageContaining("subscriber.phone_sealed")
			.hasMessageNotContaining("+22376000001");
	}

	@Test
	void refusesAValueCopiedFromAnotherColumn() {
		byte[] sealed = cipher.seal("+22376000001", SealedColumn.SUBSCRIBER_PHONE);

		assertThatThrownBy(() -> cipher.open(sealed, SealedColumn.SUBSCRIBER_EMERGENCY_CONTACT_PHONE))
			.isInstanceOf(SealedValueException.class)
			.hasMessageContaining("sealed for another column");
	}

	@Test
	void opensValuesOfTheOldKeyAfterRotationAndSealsNewOnesWithTheNewKey() {
		byte[] before = cipher.seal("+22376000001", SealedColumn.DELIVERY_DESTINATION);
		ContactPointCipher rotated = new ContactPointCipher("new", Map.of("new", NEW, "old", OLD), LOOKUP);

		assertThat(rotated.open(before, SealedColumn.DELIVERY_DESTINATION)).isEqualTo("+22376000001");
		assertThat(rotated.sealedWithRetiredKey(before)).isTrue();
		byte[] after = rotated.seal("+22376000001", SealedColumn.DELIVERY_DESTINATION);
		assertThat(rotated.sealedWithRetiredKey(after)).isFalse();
		assertThatThrownBy(() -> cipher.open(after, SealedColumn.DELIVERY_DESTINATION))
			.isInstanceOf(SealedValueException.class)
			.hasMessage("A value of delivery.destination_sealed is sealed with key new, which is not configured "
					+ "(beacon.crypto.keys)");
	}

	@Test
	void rotatedToKeepsEveryOldKey() {
		byte[] before = cipher.seal("someone@example.org", SealedColumn.SUBSCRIBER_EMAIL);
		ContactPointCipher rotated = cipher.rotatedTo("new", NEW);

		assertThat(rotated.primaryKeyId()).isEqualTo("new");
		assertThat(rotated.open(before, SealedColumn.SUBSCRIBER_EMAIL)).isEqualTo("someone@example.org");
	}

	@Test
	void refusesWhatIsNotASealedValue() {
		assertThatThrownBy(() -> cipher.open("+22376000001".getBytes(StandardCharsets.UTF_8),
				SealedColumn.SUBSCRIBER_PHONE))
			.isInstanceOf(SealedValueException.class);
	}

	@Test
	void looksUpEmailAddressesWithoutRegardToCaseAndPhonesApartFromEmails() {
		assertThat(cipher.emailLookup(" Maria.Lopez@Example.org")).isEqualTo(cipher.emailLookup("maria.lopez@example.org"))
			.hasSize(32);
		assertThat(cipher.phoneLookup("+22376000001")).isEqualTo(cipher.phoneLookup("+22376000001"))
			.isNotEqualTo(cipher.phoneLookup("+22376000002"));
		ContactPointCipher otherLookupKey = new ContactPointCipher("old", Map.of("old", OLD),
				new SecretKeySpec(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21,
						22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32 }, "HmacSHA256"));
		assertThat(otherLookupKey.phoneLookup("+22376000001")).isNotEqualTo(cipher.phoneLookup("+22376000001"));
	}

	private static SecretKey aes(int seed) {
		byte[] key = new byte[32];
		java.util.Arrays.fill(key, (byte) seed);
		return new SecretKeySpec(key, "AES");
	}
}
