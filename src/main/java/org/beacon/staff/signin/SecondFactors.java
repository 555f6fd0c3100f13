package org.beacon.staff.signin;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.apache.commons.codec.binary.Base32;
import org.beacon.staff.StaffActed;
import org.beacon.staff.StaffAction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A staff member's second factor besides a passkey: an authenticator app (TOTP, RFC 6238) and the recovery codes that
 * stand in for it. Enrolling makes a secret that counts only once a first code from the app confirmed it; confirming
 * makes ten recovery codes, returned that once. A code is accepted once: never again, nor any earlier one. Secrets and
 * codes are never logged. Enabling, disabling and each use of a recovery code are audited.
 */
@Component
public class SecondFactors {

	private static final int SECRET_BYTES = 20;

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TimeBasedCodes codes = new TimeBasedCodes();

	private final RecoveryCodes recoveryCodes = new RecoveryCodes();

	private final SecureRandom random = new SecureRandom();

	SecondFactors(JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** Whether the account has a confirmed authenticator app. */
	public boolean totpEnabled(String username) {
		return Boolean.TRUE.equals(jdbc.query("SELECT enabled FROM staff_totp WHERE username = ?",
				rows -> rows.next() ? rows.getBoolean(1) : null, username));
	}

	/** The account's unused recovery codes. */
	public int recoveryCodesLeft(String username) {
		Integer left = jdbc.queryForObject(
				"SELECT count(*) FROM staff_recovery_code WHERE username = ? AND used_at IS NULL", Integer.class,
				username);
		return left == null ? 0 : left;
	}

	/** Starts (or starts again) enrolling an authenticator app: a new secret, not yet enabled. */
	@Transactional
	public Enrolment enrol(String username) {
		byte[] secret = new byte[SECRET_BYTES];
		random.nextBytes(secret);
		jdbc.update("""
				INSERT INTO staff_totp (username, secret, enabled, last_step, created_at) VALUES (?, ?, FALSE, -1, ?)
				ON CONFLICT (username) DO UPDATE SET secret = EXCLUDED.secret, enabled = FALSE, last_step = -1,
				  created_at = EXCLUDED.created_at WHERE NOT staff_totp.enabled""", username, secret,
				java.sql.Timestamp.from(clock.instant()));
		return pending(username).orElseThrow(() -> new IllegalStateException("An authenticator app is enabled already"));
	}

	/** The secret being enrolled, shown until a first code confirms it. */
	public Optional<Enrolment> pending(String username) {
		return secret(username, false).map(secret -> Enrolment.of(username, secret));
	}

	/**
	 * Enables the pending authenticator app if the code is one of it.
	 *
	 * @return the new recovery codes, to be shown this once; empty when the code is wrong (nothing changes)
	 */
	@Transactional
	public Optional<List<String>> confirm(String username, String code) {
		Optional<byte[]> secret = secret(username, false);
		OptionalLong step = secret.map(key -> codes.stepOf(key, code, clock.instant())).orElse(OptionalLong.empty());
		if (step.isEmpty()) {
			return Optional.empty();
		}
		jdbc.update("UPDATE staff_totp SET enabled = TRUE, last_step = ? WHERE username = ?", step.getAsLong(),
				username);
		List<String> recovery = recoveryCodes.generate();
		jdbc.update("DELETE FROM staff_recovery_code WHERE username = ?", username);
		recovery.forEach(each -> jdbc.update("INSERT INTO staff_recovery_code (username, code_hash) VALUES (?, ?)",
				username, RecoveryCodes.hash(each)));
		events.publishEvent(StaffActed.by(username, StaffAction.TOTP_ENABLE, null, clock));
		return Optional.of(recovery);
	}

	/** Turns the authenticator app off, with its recovery codes. */
	@Transactional
	public void disable(String username) {
		int removed = jdbc.update("DELETE FROM staff_totp WHERE username = ?", username);
		jdbc.update("DELETE FROM staff_recovery_code WHERE username = ?", username);
		if (removed > 0) {
			events.publishEvent(StaffActed.by(username, StaffAction.TOTP_DISABLE, null, clock));
		}
	}

	/**
	 * Whether this is a code of the account's enabled authenticator app not accepted before: a code is refused once
	 * it, or a later one, was accepted (so one read over a shoulder cannot be replayed within its 90 seconds).
	 */
	@Transactional
	public boolean acceptCode(String username, String code) {
		OptionalLong step = secret(username, true).map(key -> codes.stepOf(key, code, clock.instant()))
			.orElse(OptionalLong.empty());
		return step.isPresent() && jdbc.update("UPDATE staff_totp SET last_step = ? WHERE username = ? AND enabled"
				+ " AND last_step < ?", step.getAsLong(), username, step.getAsLong()) == 1;
	}

	/** Whether this is one of the account's unused recovery codes; it is used up by this call (audited). */
	@Transactional
	public boolean acceptRecoveryCode(String username, String code) {
		if (code == null || code.isBlank()) {
			return false;
		}
		boolean accepted = jdbc.update("UPDATE staff_recovery_code SET used_at = ? WHERE username = ? AND code_hash = ?"
				+ " AND used_at IS NULL", java.sql.Timestamp.from(clock.instant()), username,
				RecoveryCodes.hash(code)) == 1;
		if (accepted) {
			events.publishEvent(StaffActed.by(username, StaffAction.RECOVERY_CODE_USE,
					recoveryCodesLeft(username) + " left", clock));
		}
		return accepted;
	}

	private Optional<byte[]> secret(String username, boolean enabled) {
		return Optional.ofNullable(jdbc.query("SELECT secret FROM staff_totp WHERE username = ? AND enabled = ?",
				rows -> rows.next() ? rows.getBytes(1) : null, username, enabled));
	}

	/**
	 * What an authenticator app needs: the secret in Base32 (to type) and the otpauth URI (to scan as a QR code).
	 */
	public record Enrolment(String secret, String uri) {

		static Enrolment of(String username, byte[] secret) {
			String base32 = new Base32().encodeToString(secret).replace("=", "");
			String label = URLEncoder.encode("Beacon:" + username, StandardCharsets.UTF_8).replace("+", "%20");
			return new Enrolment(base32, "otpauth://totp/" + label + "?secret=" + base32
					+ "&issuer=Beacon&algorithm=SHA1&digits=" + TimeBasedCodes.DIGITS + "&period="
					+ TimeBasedCodes.STEP.getSeconds());
		}

		@Override
		public String toString() {
			// Never the secret, in a log line or an exception message.
			return "Enrolment[secret=…]";
		}
	}
}
