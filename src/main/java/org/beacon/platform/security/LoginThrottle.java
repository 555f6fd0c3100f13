package org.beacon.platform.security;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.beacon.platform.Masking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import io.github.bucket4j.Bucket;

/**
 * Slows password guessing on every way in: the staff sign-in form, the API's HTTP Basic and the OpenID Connect
 * callback. Each failed attempt takes a token from the account's bucket and from the address's bucket (larger, so
 * one office behind one address is not locked out by a colleague); an empty bucket refuses further attempts until
 * it refills, whichever way they come. A successful sign-in refills the account's bucket.
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

	private final long perAccount;

	private final long perAddress;

	private final Duration window;

	LoginThrottle(PageSecurityProperties properties) {
		this.perAccount = properties.loginAttempts();
		this.perAddress = properties.loginAttemptsPerAddress();
		this.window = properties.loginWindow();
	}

	/**
	 * How long an attempt for this account from this address must wait, or empty when it may be tried now.
	 *
	 * @param username the account tried, or null where it is not known before the attempt (OpenID Connect)
	 */
	Optional<Duration> refusal(String username, String address) {
		return Stream.of(username == null ? null : buckets.get(account(username)), buckets.get(address(address)))
			.filter(bucket -> bucket != null && bucket.getAvailableTokens() <= 0)
			.map(bucket -> Duration.ofNanos(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill()))
			.max(Duration::compareTo);
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		String username = null;
		if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken attempt) {
			username = String.valueOf(attempt.getPrincipal());
			bucket(account(username), perAccount).tryConsume(1);
		}
		if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
			bucket(address(details.getRemoteAddress()), perAddress).tryConsume(1);
		}
		// What was typed as a username is anyone's text: never a line of its own in the log.
		log.warn("Failed staff sign-in for account {}", username == null ? "(single sign-on)" : Masking.typed(username));
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		buckets.remove(account(event.getAuthentication().getName()));
	}

	private Bucket bucket(String key, long capacity) {
		if (buckets.size() > MAX_KEYS) {
			buckets.entrySet().removeIf(entry -> entry.getValue().getAvailableTokens() >= perAccount);
		}
		return buckets.computeIfAbsent(key, unused -> Bucket.builder()
			.addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, window))
			.build());
	}

	private static String account(String username) {
		return "account:" + username.strip().toLowerCase(Locale.ROOT);
	}

	private static String address(String address) {
		return "address:" + address;
	}
}
