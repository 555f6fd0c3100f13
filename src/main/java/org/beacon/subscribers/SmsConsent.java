package org.beacon.subscribers;

import java.time.Clock;
import java.sql.Timestamp;

import org.beacon.platform.ContactPointCipher;
import org.beacon.platform.Masking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * SMS opt-out and opt-in by keyword (STOP, START), as carriers require: an opted-out number gets no SMS from any
 * alert until it opts in again. Email is not affected.
 */
@Service
public class SmsConsent {

	private static final Logger log = LoggerFactory.getLogger(SmsConsent.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ContactPointCipher cipher;

	SmsConsent(JdbcClient jdbc, Clock clock, ContactPointCipher cipher) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.cipher = cipher;
	}

	/** @return how many enrollments use this number */
	@Transactional
	public int optOut(String phone) {
		int count = jdbc.sql("UPDATE subscriber SET sms_opted_out_at = ? WHERE phone_hash = ? AND sms_opted_out_at IS NULL")
			.params(Timestamp.from(clock.instant()), cipher.phoneLookup(phone))
			.update();
		log.info("SMS opt-out for {} ({} enrollment(s))", Masking.phone(phone), count);
		return count;
	}

	/** @return how many enrollments use this number */
	@Transactional
	public int optIn(String phone) {
		int count = jdbc.sql("UPDATE subscriber SET sms_opted_out_at = NULL WHERE phone_hash = ? AND sms_opted_out_at IS NOT NULL")
			.param(cipher.phoneLookup(phone))
			.update();
		log.info("SMS opt-in for {} ({} enrollment(s))", Masking.phone(phone), count);
		return count;
	}
}
