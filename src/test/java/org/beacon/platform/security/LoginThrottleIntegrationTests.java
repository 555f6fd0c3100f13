package org.beacon.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import javax.sql.DataSource;

import org.beacon.support.BeaconIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * One throttle for every way in: by account and by client address, its buckets in PostgreSQL. Each test's accounts
 * are its own (a prefix of their own), so the application's throttle, which shares the table, never meets them.
 */
class LoginThrottleIntegrationTests extends BeaconIntegrationTest {

	@Autowired
	DataSource dataSource;

	private final String prefix = UUID.randomUUID() + "-";

	private LoginThrottle throttle;

	@BeforeEach
	void throttle() {
		throttle = throttle(Duration.ofMinutes(15));
	}

	private LoginThrottle throttle(Duration window) {
		return new LoginThrottle(dataSource, new PageSecurityProperties(false, Duration.ofDays(1), "default-src 'self'",
				3, 6, window));
	}

	@Test
	void anAccountIsRefusedAfterItsFailuresFromAnyAddressUntilItsBucketRefills() {
		for (int i = 0; i < 3; i++) {
			fail("officer", "192.0.2." + i);
		}

		assertThat(throttle.refusal(prefix + "Officer ", "198.51.100.7")).hasValueSatisfying(wait -> assertThat(wait)
			.isPositive()
			.isLessThanOrEqualTo(Duration.ofMinutes(15)));
		assertThat(throttle.refusal(prefix + "someone-else", "198.51.100.7")).isEmpty();
	}

	@Test
	void failuresCountedByOneReplicaRefuseOnAnother() {
		LoginThrottle other = throttle(Duration.ofMinutes(15));
		fail("shared", "192.0.2.20");
		fail("shared", "192.0.2.21");
		other.failed(failure(prefix + "shared", "192.0.2.22"));

		assertThat(other.refusal(prefix + "shared", "198.51.100.8")).isPresent();
		assertThat(throttle.refusal(prefix + "shared", "198.51.100.8")).isPresent();
	}

	@Test
	void aBucketThatRefilledIsForgotten() throws InterruptedException {
		LoginThrottle quick = throttle(Duration.ofMillis(300));
		quick.failed(failure(prefix + "brief", "192.0.2.30"));
		assertThat(rows()).isPositive();

		Thread.sleep(400);
		quick.forgetRefilled();

		assertThat(rows()).as("buckets of this test left").isZero();
	}

	private long rows() {
		return jdbc.queryForObject("SELECT count(*) FROM sign_in_bucket WHERE id IN (?, ?)", Long.class,
				"account:" + prefix + "brief", "address:192.0.2.30");
	}

	@Test
	void anAddressIsRefusedAfterItsFailuresForEveryAccountAndForSingleSignOn() {
		for (int i = 0; i < 6; i++) {
			fail("account-" + i, "203.0.113.9");
		}

		assertThat(throttle.refusal(prefix + "account-new", "203.0.113.9")).isPresent();
		assertThat(throttle.refusal(null, "203.0.113.9")).as("the OpenID Connect callback").isPresent();
		assertThat(throttle.refusal(prefix + "account-new", "203.0.113.10")).isEmpty();
	}

	@Test
	void aSuccessfulSignInRefillsTheAccount() {
		fail("officer", "192.0.2.1");
		fail("officer", "192.0.2.1");
		throttle.succeeded(new AuthenticationSuccessEvent(
				UsernamePasswordAuthenticationToken.authenticated(prefix + "officer", null, java.util.List.of())));
		fail("officer", "192.0.2.1");
		fail("officer", "192.0.2.1");

		assertThat(throttle.refusal(prefix + "officer", "192.0.2.1")).isEmpty();
	}

	@Test
	void findsTheAttemptInTheFormTheBasicHeaderAndTheSingleSignOnCallback() {
		MockHttpServletRequest form = new MockHttpServletRequest("POST", "/staff/login");
		form.setParameter("username", "duty-officer");
		MockHttpServletRequest basic = new MockHttpServletRequest("GET", "/api/v1/alerts");
		basic.addHeader("Authorization", "Basic " + java.util.Base64.getEncoder()
			.encodeToString("duty-officer:secret:with:colons".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		MockHttpServletRequest garbled = new MockHttpServletRequest("GET", "/api/v1/alerts");
		garbled.addHeader("Authorization", "basic %%%");

		assertThat(LoginThrottleFilter.attempt(form)).hasValueSatisfying(a -> assertThat(a.username()).isEqualTo(
				"duty-officer"));
		assertThat(LoginThrottleFilter.attempt(basic)).hasValueSatisfying(a -> assertThat(a.username()).isEqualTo(
				"duty-officer"));
		assertThat(LoginThrottleFilter.attempt(garbled)).hasValueSatisfying(a -> assertThat(a.username()).isNull());
		assertThat(LoginThrottleFilter.attempt(new MockHttpServletRequest("GET", "/login/oauth2/code/idp")))
			.hasValueSatisfying(a -> assertThat(a.username()).isNull());
		assertThat(LoginThrottleFilter.attempt(new MockHttpServletRequest("GET", "/staff/login"))).isEmpty();
		assertThat(LoginThrottleFilter.attempt(new MockHttpServletRequest("GET", "/api/v1/advisories"))).isEmpty();
	}

	/** A failed attempt for this test's account of that name. */
	private void fail(String username, String address) {
		throttle.failed(failure(prefix + username, address));
	}

	private static AuthenticationFailureBadCredentialsEvent failure(String username, String address) {
		UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(username,
				"wrong");
		attempt.setDetails(new WebAuthenticationDetails(address, null));
		return new AuthenticationFailureBadCredentialsEvent(attempt, new BadCredentialsException("no"));
	}
}
