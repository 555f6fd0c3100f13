package org.beacon.staff;

import java.util.Optional;

import org.beacon.staff.accounts.StaffAccounts;
import org.springframework.stereotype.Service;

/** Looks up staff members and what their post covers. */
@Service
public class StaffDirectory {

	private final StaffAccounts accounts;

	StaffDirectory(StaffAccounts accounts) {
		this.accounts = accounts;
	}

	public Optional<StaffMember> find(String username) {
		return accounts.findMember(username);
	}

	public Optional<Post> post(String id) {
		return accounts.post(id);
	}

	/** The post that covers a country, when one does. */
	public Optional<Post> postCovering(String country) {
		return accounts.postCovering(country);
	}
}
