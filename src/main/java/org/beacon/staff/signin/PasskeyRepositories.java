package org.beacon.staff.signin;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;

/**
 * Where staff passkeys are kept: Spring Security's JDBC repositories over the tables of migration V50. Spring
 * Security's WebAuthn support ({@code platform.security}) finds them by type. Saving a new passkey and deleting one
 * are audited ({@link AuditedCredentials}).
 */
@Configuration(proxyBeanMethods = false)
class PasskeyRepositories {

	@Bean
	PublicKeyCredentialUserEntityRepository passkeyUsers(JdbcTemplate jdbc) {
		return new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
	}

	@Bean
	UserCredentialRepository passkeyCredentials(JdbcTemplate jdbc, PublicKeyCredentialUserEntityRepository users,
			ApplicationEventPublisher events, Clock clock) {
		return new AuditedCredentials(new JdbcUserCredentialRepository(jdbc), users, events, clock);
	}
}
