package org.beacon.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** One throttle for every way in: by account and by client address. */
class LoginThrottleTests {

	private final LoginThrottle throttle = new LoginThrottle(new PageSecurityProperties(false, Duration.ofDays(1),
			"default-src 'self'", 3, 6, Duration.ofMinutes(15)));

	@Test
	void anAccountIsRefusedAfterItsFailuresFromAnyAddressUntilItsBucketRefills() {
		for (int i = 0; i < 3; i++) {
			fail("officer", "192.0.2." + i);
		}

		assertThat(throttle.refusal("Officer ", "198.51.100.7")).hasValueSatisfying(wait -> assertThat(wait)
			.isPositive()
			.isLessThanOrEqualTo(Duration.ofMinutes(15)));
		assertThat(throttle.refusal("someone-else", "198.51.100.7")).isEmpty();
	}

	@Test
	void anAddressIsRefusedAfterItsFailuresForEveryAccountAndForSingleSignOn() {
		for (int i = 0; i < 6; i++) {
			fail("account-" + i, "203.0.113.9");
		}

		assertThat(throttle.refusal("account-new", "203.0.113.9")).isPresent();
		assertThat(throttle.refusal(null, "203.0.113.9")).as("the OpenID Connect callback").isPresent();
		assertThat(throttle.refusal("account-new", "203.0.113.10")).isEmpty();
	}

	@Test
	void aSuccessfulSignInRefillsTheAccount() {
		fail("officer", "192.0.2.1");
		fail("officer", "192.0.2.1");
		throttle.succeeded(new AuthenticationSuccessEvent(
				UsernamePasswordAuthenticationToken.authenticated("officer", null, java.util.List.of())));
		fail("officer", "192.0.2.1");
		fail("officer", "192.0.2.1");

		assertThat(throttle.refusal("officer", "192.0.2.1")).isEmpty();
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

	private void fail(String username, String address) {
		UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(username,
				"wrong");
		attempt.setDetails(new WebAuthenticationDetails(address, null));
		throttle.failed(new AuthenticationFailureBadCredentialsEvent(attempt, new BadCredentialsException("no")));
	}
}
