package org.beacon.platform.security;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import io.github.bucket4j.Bucket;

/**
 * Slows password guessing at the staff sign-in: each failed attempt takes a token from the account's bucket and from
 * the address's bucket (ten times larger, so one office behind one address is not locked out by a colleague); an
 * empty bucket refuses further attempts until it refills. A successful sign-in refills the account's bucket.
 *
 * <p>Buckets live in this process: with several API replicas behind a load balancer an attacker gets a budget per
 * replica, still a handful of guesses per quarter hour.
 */
@Component
class LoginThrottle {

	private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

	/** Beyond this many tracked keys, full buckets (nobody failing lately) are forgotten. */
	private static final int MAX_KEYS = 50_000;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	private final int attempts;

	private final Duration window;

	LoginThrottle(PageSecurityProperties properties) {
		this.attempts = properties.loginAttempts();
		this.window = properties.loginWindow();
	}

	/** Whether a sign-in for this account from this address may be tried now. */
	boolean allows(String username, String address) {
		return available(account(username), attempts) && available(address(address), attempts * 10L);
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		String username = String.valueOf(event.getAuthentication().getPrincipal());
		bucket(account(username), attempts).tryConsume(1);
		if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
			bucket(address(details.getRemoteAddress()), attempts * 10L).tryConsume(1);
		}
		log.warn("Failed staff sign-in for account {}", username);
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		buckets.remove(account(event.getAuthentication().getName()));
	}

	private boolean available(String key, long capacity) {
		Bucket bucket = buckets.get(key);
		return bucket == null || bucket.getAvailableTokens() > 0;
	}

	private Bucket bucket(String key, long capacity) {
		if (buckets.size() > MAX_KEYS) {
			buckets.entrySet().removeIf(entry -> entry.getValue().getAvailableTokens() >= attempts);
		}
		return buckets.computeIfAbsent(key, unused -> Bucket.builder()
			.addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, window))
			.build());
	}

	private static String account(String username) {
		return "account:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
	}

	private static String address(String address) {
		return "address:" + address;
	}
}
