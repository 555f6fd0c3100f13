package org.beacon.staff.accounts;

import java.util.EnumSet;
import java.util.List;

import org.beacon.staff.Post;
import org.beacon.staff.StaffRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo post (Embassy Bamako, with its emergency numbers), its duty officer, its approver (the second
 * person of the two-person rule) and its crisis officer (role CRISIS: the help queue and roster of check-ins, which
 * the duty officer does not see), and an administrator, on the embedded default. Every account's password is
 * {@code beacon.staff.demo-password} ({@code beacon-dev} unless set). Idempotent: existing rows are left as they are,
 * so a changed password survives a restart.
 */
@Component
@ConditionalOnProperty(name = "beacon.staff.seed-demo", havingValue = "true")
class DemoStaff implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoStaff.class);

	static final String POST = "embassy-bamako";

	static final String DEPARTMENT = "consular-affairs";

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
		accounts.ensurePost(new Post(POST, "U.S. Embassy Bamako", "+223 20 70 23 00", "+223 66 75 28 60"),
				List.of("ML"));
		accounts.ensurePost(new Post(DEPARTMENT, "U.S. Department of State, Bureau of Consular Affairs",
				"+1 888 407 4747", "+1 202 501 4444"), List.of());
		accounts.ensureMember("duty-officer", "Duty Officer, Bamako", passwords.encode(properties.demoPassword()), POST,
				EnumSet.of(StaffRole.OFFICER));
		accounts.ensureMember("approver", "Approver, Bamako", passwords.encode(properties.demoPassword()), POST,
				EnumSet.of(StaffRole.APPROVER));
		accounts.ensureMember("crisis-officer", "Crisis officer, Bamako", passwords.encode(properties.demoPassword()),
				POST, EnumSet.of(StaffRole.CRISIS));
		accounts.ensureMember("admin", "Administrator", passwords.encode(properties.demoPassword()), DEPARTMENT,
				EnumSet.of(StaffRole.ADMIN, StaffRole.APPROVER));
		log.info("Demo staff ready: post {} covering ML with accounts duty-officer, approver and "
				+ "crisis-officer; account admin", POST);
	}
}
