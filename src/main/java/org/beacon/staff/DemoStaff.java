package org.beacon.staff;

import java.util.EnumSet;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo post and its duty officer on the embedded default. Idempotent: existing rows are left as they are,
 * so a changed password survives a restart.
 */
@Component
@ConditionalOnProperty(name = "beacon.staff.seed-demo", havingValue = "true")
class DemoStaff implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoStaff.class);

	static final String POST = "embassy-bamako";

	private final StaffAccounts accounts;

	private final PasswordEncoder passwords;

	private final StaffProperties properties;

	DemoStaff(StaffAccounts accounts, PasswordEncoder passwords, StaffProperties properties) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		accounts.ensurePost(POST, "U.S. Embassy Bamako", List.of("ML"));
		accounts.ensureMember("duty-officer", "Duty Officer, Bamako", passwords.encode(properties.demoPassword()), POST,
				EnumSet.of(StaffRole.OFFICER));
		log.info("Demo staff ready: post {} covering ML, account duty-officer", POST);
	}
}
