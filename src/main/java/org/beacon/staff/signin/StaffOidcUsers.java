package org.beacon.staff.signin;

import java.util.List;

import org.beacon.platform.Masking;
import org.beacon.staff.accounts.StaffAccounts;
import org.beacon.staff.accounts.StaffProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Staff who sign in with the department's OpenID Connect provider (configured under
 * {@code spring.security.oauth2.client}) must also have a Beacon staff account, named by the claim
 * {@code beacon.staff.oidc-username-claim}: the account, not the provider, says which post and roles they have, and
 * a disabled or missing account is refused.
 */
@Component
class StaffOidcUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

	private static final Logger log = LoggerFactory.getLogger(StaffOidcUsers.class);

	private final OAuth2UserService<OidcUserRequest, OidcUser> provider;

	private final StaffAccounts accounts;

	private final String usernameClaim;

	@Autowired
	StaffOidcUsers(StaffAccounts accounts, StaffProperties properties) {
		this(new OidcUserService(), accounts, properties);
	}

	StaffOidcUsers(OAuth2UserService<OidcUserRequest, OidcUser> provider, StaffAccounts accounts,
			StaffProperties properties) {
		this.provider = provider;
		this.accounts = accounts;
		this.usernameClaim = properties.oidcUsernameClaim();
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser user = provider.loadUser(request);
		String username = user.getClaimAsString(usernameClaim);
		StaffAccounts.Credentials account = username == null ? null
				: accounts.findCredentials(username).filter(StaffAccounts.Credentials::enabled).orElse(null);
		if (account == null) {
			log.warn("Refused OpenID Connect sign-in: no enabled staff account for claim {} of subject {}",
					usernameClaim, Masking.typed(user.getSubject()));
			throw new OAuth2AuthenticationException(new OAuth2Error("access_denied",
					"No Beacon staff account for this sign-in", null));
		}
		List<SimpleGrantedAuthority> roles = account.roles()
			.stream()
			.map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
			.toList();
		return new DefaultOidcUser(roles, user.getIdToken(), user.getUserInfo(), usernameClaim);
	}
}
