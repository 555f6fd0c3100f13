package org.beacon.staff.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TimeBasedCodesTests {

	/** RFC 6238's key for its HMAC-SHA-1 test vectors (appendix B). */
	private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	@ParameterizedTest
	@CsvSource({ "59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
			"2000000000, 69279037", "20000000000, 65353130" })
	void makesTheCodesOfRfc6238AppendixB(long epochSecond, String code) {
		assertThat(new TimeBasedCodes(8).code(RFC_SECRET, Instant.ofEpochSecond(epochSecond))).isEqualTo(code);
		// Six digits, as authenticator apps show them, are the same number modulo 10^6.
		assertThat(new TimeBasedCodes().code(RFC_SECRET, Instant.ofEpochSecond(epochSecond)))
			.isEqualTo(code.substring(2));
	}

	@Test
	void acceptsTheCodeOfTheStepBeforeAndAfterButNotFurther() {
		TimeBasedCodes codes = new TimeBasedCodes();
		Instant now = Instant.ofEpochSecond(1111111111);
		long step = TimeBasedCodes.step(now);

		assertThat(codes.stepOf(RFC_SECRET, codes.code(RFC_SECRET, now), now)).hasValue(step);
		assertThat(codes.stepOf(RFC_SECRET, codes.code(RFC_SECRET, now.minusSeconds(30)), now)).hasValue(step - 1);
		assertThat(codes.stepOf(RFC_SECRET, codes.code(RFC_SECRET, now.plusSeconds(30)), now)).hasValue(step + 1);
		assertThat(codes.stepOf(RFC_SECRET, codes.code(RFC_SECRET, now.minusSeconds(90)), now)).isEmpty();
	}

	@Test
	void refusesWhatIsNotSixDigits() {
		TimeBasedCodes codes = new TimeBasedCodes();
		Instant now = Instant.ofEpochSecond(1111111111);
		String code = codes.code(RFC_SECRET, now);

		assertThat(codes.stepOf(RFC_SECRET, " " + code, now)).isEmpty();
		assertThat(codes.stepOf(RFC_SECRET, "12345", now)).isEmpty();
		assertThat(codes.stepOf(RFC_SECRET, "abcdef", now)).isEmpty();
		assertThat(codes.stepOf(RFC_SECRET, null, now)).isEmpty();
	}
}
