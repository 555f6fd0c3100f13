package org.beacon.staff.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param seedDemo create the demo post (Embassy Bamako, covering Mali) and the {@code duty-officer} account at
 * start; on in the embedded default, off in {@code prod}
 * @param demoPassword password of the seeded accounts
 * @param oidcUsernameClaim the claim of an OpenID Connect sign-in that names the Beacon staff account
 */
@ConfigurationProperties("beacon.staff")
public record StaffProperties(@DefaultValue("false") boolean seedDemo, @DefaultValue("beacon-dev") String demoPassword,
		@DefaultValue("preferred_username") String oidcUsernameClaim) {
}
