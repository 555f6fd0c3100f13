package org.beacon.platform.security;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.beacon.platform.Masking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ExpiredEntriesCleaner;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Slows password guessing on every way in: the staff sign-in form, the API's HTTP Basic and the OpenID Connect
 * callback. Each failed attempt takes a token from the account's bucket and from the address's bucket (larger, so
 * one office behind one address is not locked out by a colleague); an empty bucket refuses further attempts until
 * it refills, whichever way they come. A successful sign-in refills the account's bucket.
 *
 * <p>The buckets live in PostgreSQL (Bucket4j, table {@code sign_in_bucket}), so failures count however many API
 * replicas they are spread over: five wrong passwords lock an account whichever replicas they reached. Only a
 * failure writes a bucket; a bucket that has refilled is forgotten ({@link #forgetRefilled()}).
 */
@Component
class LoginThrottle {

	private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

	private final ProxyManager<String> buckets;

	private final long perAccount;

	private final long perAddress;

	private final Duration window;

	LoginThrottle(DataSource dataSource, PageSecurityProperties properties) {
		this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("sign_in_bucket")
			// A bucket is worth keeping only while it is not full: one that refilled says nothing a new one would not.
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
			.build();
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
		return Stream.of(username == null ? null : account(username), address(address))
			.filter(Objects::nonNull)
			.map(this::waitFor)
			.flatMap(Optional::stream)
			.max(Duration::compareTo);
	}

	/** How long until this key's bucket has a token again; empty when it has one or there is none. */
	private Optional<Duration> waitFor(String key) {
		return buckets.getProxyConfiguration(key).map(configuration -> buckets.getProxy(key, () -> configuration))
			.map(bucket -> bucket.estimateAbilityToConsume(1))
			.filter(probe -> !probe.canBeConsumed())
			.map(probe -> Duration.ofNanos(probe.getNanosToWaitForRefill()));
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		String username = null;
		if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken attempt) {
			username = String.valueOf(attempt.getPrincipal());
			take(account(username), perAccount);
		}
		if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
			take(address(details.getRemoteAddress()), perAddress);
		}
		// What was typed as a username is anyone's text: never a line of its own in the log.
		log.warn("Failed staff sign-in for account {}", username == null ? "(single sign-on)" : Masking.typed(username));
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		buckets.removeProxy(account(event.getAuthentication().getName()));
	}

	/** Deletes the buckets that have refilled since their last failure; any replica may, one at a time. */
	@Scheduled(initialDelayString = "PT5M", fixedDelayString = "PT5M")
	@SchedulerLock(name = "sign-in-buckets-sweep")
	int forgetRefilled() {
		int forgotten = 0;
		for (int removed = cleaner().removeExpired(1_000); removed > 0; removed = cleaner().removeExpired(1_000)) {
			forgotten += removed;
		}
		return forgotten;
	}

	private ExpiredEntriesCleaner cleaner() {
		return (ExpiredEntriesCleaner) buckets;
	}

	private void take(String key, long capacity) {
		BucketConfiguration configuration = BucketConfiguration.builder()
			.addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, window))
			.build();
		buckets.getProxy(key, () -> configuration).tryConsume(1);
	}

	private static String account(String username) {
		return "account:" + username.strip().toLowerCase(Locale.ROOT);
	}

	private static String address(String address) {
		return "address:" + address;
	}
}
