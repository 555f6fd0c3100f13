package org.beacon.staff.signin;

import org.beacon.staff.accounts.StaffAccounts;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Staff sign in with the accounts stored here; each role becomes an authority {@code ROLE_<role>}. */
@Component
class StaffUserDetailsService implements UserDetailsService {

	private final StaffAccounts accounts;

	StaffUserDetailsService(StaffAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return accounts.findCredentials(username)
			.map(account -> User.withUsername(account.username())
				.password(account.passwordHash())
				.disabled(!account.enabled())
				.authorities(account.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
					.toList())
				.build())
			.orElseThrow(() -> new UsernameNotFoundException("No staff account " + username));
	}
}
