package org.beacon.platform;

import java.util.Set;

import jakarta.validation.constraints.NotEmpty;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Process-wide settings.
 *
 * @param roles what this process does; {@code BEACON_ROLES=api} or {@code BEACON_ROLES=fanout,sms,email} split the
 * API from the workers
 * @param publicUrl the URL citizens and staff reach Beacon at, used in links inside messages
 */
@Validated
@ConfigurationProperties("beacon")
public record BeaconProperties(
		@NotEmpty @DefaultValue({ "api", "fanout", "sms", "email" }) Set<Role> roles,
		@NotEmpty @DefaultValue("http://localhost:8080") String publicUrl) {

	public boolean has(Role role) {
		return roles.contains(role);
	}
}
