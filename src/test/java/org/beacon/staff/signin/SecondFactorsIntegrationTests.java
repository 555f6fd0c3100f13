package org.beacon.staff.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.apache.commons.codec.binary.Base32;
import org.beacon.support.BeaconIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SecondFactorsIntegrationTests extends BeaconIntegrationTest {

	@Autowired
	SecondFactors factors;

	private final TimeBasedCodes codes = new TimeBasedCodes();

	private String username;

	@BeforeEach
	void account() {
		username = "totp-" + System.nanoTime();
		jdbc.update("""
				INSERT INTO staff_member (username, display_name, password_hash, post_id, roles)
				VALUES (?, 'Tom Totp', '{noop}unused', 'embassy-bamako', ARRAY['OFFICER'])""", username);
	}

	@Test
	void anAuthenticatorAppCountsOnlyOnceAFirstCodeConfirmedIt() {
		SecondFactors.Enrolment enrolment = factors.enrol(username);
		assertThat(enrolment.uri()).startsWith("otpauth://totp/Beacon%3A" + username + "?secret=" + enrolment.secret())
			.contains("issuer=Beacon", "algorithm=SHA1", "digits=6", "period=30");
		assertThat(enrolment.toString()).doesNotContain(enrolment.secret());
		assertThat(factors.totpEnabled(username)).isFalse();
		assertThat(factors.acceptCode(username, codeOf(enrolment))).isFalse();

		assertThat(factors.confirm(username, "000000".equals(codeOf(enrolment)) ? "111111" : "000000")).isEmpty();
		assertThat(factors.totpEnabled(username)).isFalse();

		List<String> recovery = factors.confirm(username, codeOf(enrolment)).orElseThrow();
		assertThat(recovery).hasSize(10);
		assertThat(factors.totpEnabled(username)).isTrue();
		assertThat(factors.recoveryCodesLeft(username)).isEqualTo(10);
		assertThat(factors.pending(username)).isEmpty();
		assertThat(audit()).containsExactly("TOTP_ENABLE");
	}

	@Test
	void refusesACodeAlreadyAcceptedWithinItsWindow() {
		SecondFactors.Enrolment enrolment = factors.enrol(username);
		factors.confirm(username, codeOf(enrolment)).orElseThrow();
		clock.advance(Duration.ofSeconds(30));
		String code = codeOf(enrolment);

		assertThat(factors.acceptCode(username, code)).isTrue();
		assertThat(factors.acceptCode(username, code)).isFalse();
		clock.advance(Duration.ofSeconds(30));
		assertThat(factors.acceptCode(username, code)).as("a step older than the last accepted").isFalse();
		assertThat(factors.acceptCode(username, codeOf(enrolment))).isTrue();
	}

	@Test
	void aRecoveryCodeWorksOnceAndDisablingTakesTheCodesAlong() {
		SecondFactors.Enrolment enrolment = factors.enrol(username);
		List<String> recovery = factors.confirm(username, codeOf(enrolment)).orElseThrow();

		assertThat(factors.acceptRecoveryCode(username, recovery.get(3).toUpperCase())).isTrue();
		assertThat(factors.acceptRecoveryCode(username, recovery.get(3))).isFalse();
		assertThat(factors.acceptRecoveryCode(username, "aaaaa-aaaaa")).isFalse();
		assertThat(factors.recoveryCodesLeft(username)).isEqualTo(9);

		factors.disable(username);
		assertThat(factors.totpEnabled(username)).isFalse();
		assertThat(factors.acceptRecoveryCode(username, recovery.get(4))).isFalse();
		assertThat(audit()).containsExactly("TOTP_ENABLE", "RECOVERY_CODE_USE", "TOTP_DISABLE");
		assertThat(jdbc.queryForObject("SELECT detail FROM staff_audit WHERE username = ? AND action = 'RECOVERY_CODE_USE'",
				String.class, username)).isEqualTo("9 left");
	}

	private String codeOf(SecondFactors.Enrolment enrolment) {
		return codes.code(new Base32().decode(enrolment.secret()), clock.instant());
	}

	private List<String> audit() {
		return jdbc.queryForList("SELECT action FROM staff_audit WHERE username = ? ORDER BY id", String.class, username);
	}
}
