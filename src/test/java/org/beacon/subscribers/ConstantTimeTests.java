package org.beacon.subscribers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConstantTimeTests {

	@Test
	void equalTokensMatch() {
		assertThat(ConstantTime.equal("s3cr3t-Tok_en", "s3cr3t-Tok_en")).isTrue();
		assertThat(ConstantTime.equal(new byte[] { 1, 2, 3 }, new byte[] { 1, 2, 3 })).isTrue();
	}

	@Test
	void anyDifferenceOfContentLengthOrCaseDoesNot() {
		assertThat(ConstantTime.equal("s3cr3t-token", "s3cr3t-tokeN")).isFalse();
		assertThat(ConstantTime.equal("s3cr3t-token", "s3cr3t-token-")).isFalse();
		assertThat(ConstantTime.equal("s3cr3t", "s3cr3t-token")).isFalse();
		assertThat(ConstantTime.equal("", "s3cr3t")).isFalse();
		assertThat(ConstantTime.equal("ñ", "n")).as("compared as UTF-8, not as chars cut to bytes").isFalse();
	}

	@Test
	void nothingMatchesNull() {
		assertThat(ConstantTime.equal(null, "s3cr3t")).isFalse();
		assertThat(ConstantTime.equal("s3cr3t", null)).isFalse();
		assertThat(ConstantTime.equal((String) null, null)).isFalse();
		assertThat(ConstantTime.equal((byte[]) null, new byte[0])).isFalse();
	}
}
