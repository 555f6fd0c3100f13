package org.beacon.staff.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.apache.commons.codec.binary.Base32;
import org.beacon.staff.accounts.SecondFactorPolicy;
import org.beacon.support.Api;
import org.beacon.support.BeaconIntegrationTest;
import org.beacon.support.PageSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A post whose administrator requires a second factor: its staff who sign in with a password are held at the second
 * step until they give a code of their authenticator app or a recovery code; the API refuses their HTTP Basic. Each
 * test has a post and an account of its own, so the demo post the other tests sign in to is never affected.
 */
class SecondFactorGateIntegrationTests extends BeaconIntegrationTest {

	@Autowired
	SecondFactors factors;

	@Autowired
	SecondFactorPolicy policy;

	@Autowired
	PasswordEncoder passwords;

	@LocalServerPort
	int port;

	private final TimeBasedCodes codes = new TimeBasedCodes();

	private String post;

	private String username;

	@BeforeEach
	void postRequiringASecondFactor() {
		long unique = System.nanoTime();
		post = "embassy-2fa-" + unique;
		username = "held-" + unique;
		jdbc.update("INSERT INTO post (id, name, second_factor_required) VALUES (?, 'Embassy 2FA', true)", post);
		jdbc.update("""
				INSERT INTO staff_member (username, display_name, password_hash, post_id, roles)
				VALUES (?, 'Held Officer', ?, ?, ARRAY['OFFICER'])""", username, passwords.encode(Api.PASSWORD), post);
	}

	@Test
	void aPasswordAloneIsHeldAtTheSecondStepUntilTheAppsCodeIsGiven() {
		SecondFactors.Enrolment app = factors.enrol(username);
		factors.confirm(username, codeOf(app)).orElseThrow();
		PageSession staff = signIn();

		assertThat(staff.get("/staff").location()).endsWith("/staff/second-factor");
		assertThat(staff.get("/staff/alerts/new").location()).endsWith("/staff/second-factor");
		assertThat(staff.get("/staff/account").location()).as("no new factor with a password alone")
			.endsWith("/staff/second-factor");
		assertThat(staff.get("/staff/second-factor").body()).contains("second-factor-form");

		PageSession.Page wrong = staff.post("/staff/second-factor", "code", "000000".equals(codeOf(app)) ? "111111"
				: "000000");
		assertThat(wrong.body()).contains("second-factor-error");
		assertThat(staff.get("/staff").location()).endsWith("/staff/second-factor");

		clock.advance(Duration.ofSeconds(30));
		staff.get("/staff/second-factor");
		assertThat(staff.post("/staff/second-factor", "code", codeOf(app)).location()).endsWith("/staff");
		assertThat(staff.get("/staff").status()).isEqualTo(200);
		assertThat(staff.get("/staff/account").status()).isEqualTo(200);
	}

	@Test
	void aRecoveryCodePassesTheStepOnce() {
		List<String> recovery = factors.confirm(username, codeOf(factors.enrol(username))).orElseThrow();

		PageSession first = signIn();
		first.get("/staff/second-factor");
		assertThat(first.post("/staff/second-factor", "code", recovery.get(0)).location()).endsWith("/staff");
		assertThat(first.get("/staff").status()).isEqualTo(200);

		PageSession again = signIn();
		again.get("/staff/second-factor");
		assertThat(again.post("/staff/second-factor", "code", recovery.get(0)).body()).contains("second-factor-error");
		assertThat(again.get("/staff").location()).endsWith("/staff/second-factor");
	}

	@Test
	void anAccountWithoutASecondFactorMaySetOneUpAndNothingElse() {
		PageSession staff = signIn();

		assertThat(staff.get("/staff").location()).endsWith("/staff/second-factor");
		assertThat(staff.get("/staff/second-factor").body()).contains("second-factor-setup")
			.doesNotContain("second-factor-form");
		assertThat(staff.get("/staff/account").status()).isEqualTo(200);
	}

	@Test
	void theApiRefusesHttpBasicWhereTheAccountsPostRequiresASecondFactor() {
		ResponseEntity<String> refused = http.withBasicAuth(username, Api.PASSWORD).getForEntity("/api/v1/alerts",
				String.class);

		assertThat(refused.getStatusCode().value()).isEqualTo(403);
		assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
		assertThat(refused.getBody()).contains("Second factor required");
		assertThat(http.withBasicAuth(Api.OFFICER, Api.PASSWORD).getForEntity("/api/v1/alerts", String.class)
			.getStatusCode().value()).as("a post that does not require it").isEqualTo(200);
	}

	@Test
	void wrongCodesCountAsFailedSignInsOfTheAccount() {
		factors.confirm(username, codeOf(factors.enrol(username))).orElseThrow();
		PageSession staff = signIn();
		staff.get("/staff/second-factor");
		for (int attempt = 0; attempt < 5; attempt++) {
			staff.post("/staff/second-factor", "code", "wrong-" + attempt);
		}

		assertThat(staff.post("/staff/second-factor", "code", "wrong-again").location())
			.endsWith("/staff/login?throttled");
	}

	@Test
	void anAdministratorRequiresItPerPostAndTheChangeIsAudited() {
		jdbc.update("UPDATE post SET second_factor_required = false WHERE id = ?", post);
		PageSession admin = new PageSession("http://localhost:" + port).signInAsStaff(Api.ADMIN, Api.PASSWORD);
		assertThat(admin.get("/staff/admin/posts/" + post).body()).contains("second-factor-required");

		assertThat(admin.post("/staff/admin/posts/" + post + "/second-factor", "required", "true").location())
			.endsWith("/staff/admin/posts/" + post);

		assertThat(policy.required(post)).isTrue();
		assertThat(policy.requiredFor(username)).isTrue();
		assertThat(jdbc.queryForList("SELECT detail FROM staff_audit WHERE action = 'POST_CHANGE' AND username = ?",
				String.class, Api.ADMIN)).contains(post + " second factor required");
	}

	private PageSession signIn() {
		return new PageSession("http://localhost:" + port).signInAsStaff(username, Api.PASSWORD);
	}

	private String codeOf(SecondFactors.Enrolment enrolment) {
		return codes.code(new Base32().decode(enrolment.secret()), clock.instant());
	}
}
