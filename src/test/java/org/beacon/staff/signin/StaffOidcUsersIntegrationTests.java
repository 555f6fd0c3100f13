package org.beacon.staff.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.beacon.staff.accounts.StaffAccounts;
import org.beacon.staff.accounts.StaffProperties;
import org.beacon.support.BeaconIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** OpenID Connect sign-ins map onto Beacon staff accounts, whose roles count, not the provider's. */
class StaffOidcUsersIntegrationTests extends BeaconIntegrationTest {

	@Autowired
	StaffAccounts accounts;

	@Autowired
	StaffProperties properties;

	@Test
	void aProviderSignInBecomesTheStaffAccountItNames() {
		OidcUser user = staffOidcUsers().loadUser(request("duty-officer"));

		assertThat(user.getName()).isEqualTo("duty-officer");
		assertThat(user.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_OFFICER");
	}

	@Test
	void refusesSomeoneWithoutAStaffAccount() {
		assertThatThrownBy(() -> staffOidcUsers().loadUser(request("someone-else")))
			.isInstanceOf(OAuth2AuthenticationException.class)
			.hasMessageContaining("No Beacon staff account");
	}

	@Test
	void refusesADisabledAccount() {
		jdbc.update("""
				INSERT INTO staff_member (username, display_name, password_hash, post_id, roles, enabled)
				VALUES ('left-the-post', 'Gone', '{noop}x', 'embassy-bamako', ARRAY['OFFICER'], false)
				ON CONFLICT (username) DO NOTHING""");

		assertThatThrownBy(() -> staffOidcUsers().loadUser(request("left-the-post")))
			.isInstanceOf(OAuth2AuthenticationException.class);
	}

	private StaffOidcUsers staffOidcUsers() {
		return new StaffOidcUsers(request -> new DefaultOidcUser(List.of(), request.getIdToken()), accounts,
				properties);
	}

	private static OidcUserRequest request(String username) {
		ClientRegistration provider = ClientRegistration.withRegistrationId("department")
			.clientId("beacon")
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
			.authorizationUri("https://idp.example/authorize")
			.tokenUri("https://idp.example/token")
			.scope("openid")
			.build();
		Instant now = Instant.now();
		OidcIdToken idToken = new OidcIdToken("id-token", now, now.plusSeconds(300),
				Map.of("sub", "subject-1", "preferred_username", username, "iss", "https://idp.example"));
		return new OidcUserRequest(provider,
				new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "access", now, now.plusSeconds(300)), idToken);
	}
}
