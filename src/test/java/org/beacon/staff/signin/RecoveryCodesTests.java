package org.beacon.staff.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class RecoveryCodesTests {

	@Test
	void makesTenDistinctCodesOfTwoGroupsOfFive() {
		List<String> codes = new RecoveryCodes().generate();

		assertThat(codes).hasSize(10).doesNotHaveDuplicates().allMatch(code -> code.matches("[a-z2-9]{5}-[a-z2-9]{5}"));
	}

	@Test
	void hashesACodeAsTypedWithOrWithoutItsDashInEitherCase() {
		String code = new RecoveryCodes().generate().get(0);

		assertThat(RecoveryCodes.hash(code.toUpperCase().replace("-", " "))).isEqualTo(RecoveryCodes.hash(code))
			.hasSize(64)
			.doesNotContain(code);
		assertThat(RecoveryCodes.hash("aaaaa-aaaab")).isNotEqualTo(RecoveryCodes.hash("aaaaa-aaaaa"));
	}
}
