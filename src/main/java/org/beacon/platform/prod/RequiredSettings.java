package org.beacon.platform.prod;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.beacon.platform.Role;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;
import org.springframework.util.StringUtils;

/**
 * In the {@code prod} profile nothing is embedded, so Beacon refuses to start until every external setting its
 * roles need is present, and names each missing one by its environment variable, before any connection is tried.
 */
public class RequiredSettings implements EnvironmentPostProcessor, Ordered {

	/** A setting, the environment variable that usually provides it, and the roles that need it (none: every role). */
	record Setting(String property, String variable, Set<Role> roles) {

		Setting(String property, String variable, Role... roles) {
			this(property, variable, Set.of(roles));
		}

		boolean neededBy(Set<Role> running) {
			return roles.isEmpty() || roles.stream().anyMatch(running::contains);
		}
	}

	static final List<Setting> SETTINGS = List.of(
			new Setting("spring.kafka.bootstrap-servers", "KAFKA_BOOTSTRAP_SERVERS"),
			new Setting("spring.datasource.url", "DATABASE_URL"),
			new Setting("spring.datasource.username", "DATABASE_USERNAME"),
			new Setting("spring.datasource.password", "DATABASE_PASSWORD"),
			new Setting("beacon.public-url", "BEACON_PUBLIC_URL"),
			new Setting("beacon.delivery.twilio.account-sid", "TWILIO_ACCOUNT_SID", Role.SMS),
			// The API checks the signature of Twilio's callbacks with the account's auth token.
			new Setting("beacon.delivery.twilio.auth-token", "TWILIO_AUTH_TOKEN", Role.SMS, Role.API),
			new Setting("beacon.delivery.twilio.from", "TWILIO_FROM", Role.SMS),
			new Setting("spring.mail.host", "SMTP_HOST", Role.EMAIL),
			new Setting("beacon.delivery.mail-from", "MAIL_FROM", Role.EMAIL),
			new Setting("beacon.subscribers.link-secret", "BEACON_LINK_SECRET"),
			// Contact points are sealed in the database with these (CryptoProperties).
			new Setting("beacon.crypto.keys", "BEACON_CRYPTO_KEYS"),
			new Setting("beacon.crypto.lookup-key", "BEACON_CRYPTO_LOOKUP_KEY"));

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!environment.acceptsProfiles(Profiles.of("prod"))) {
			return;
		}
		Set<Role> roles = Binder.get(environment).bind("beacon.roles", Bindable.setOf(Role.class))
			.orElse(Set.of(Role.values()));
		List<Setting> missing = new ArrayList<>();
		for (Setting setting : SETTINGS) {
			if (setting.neededBy(roles) && !StringUtils.hasText(environment.getProperty(setting.property()))) {
				missing.add(setting);
			}
		}
		if (!missing.isEmpty()) {
			throw new MissingSettingsException(missing, roles);
		}
	}

	@Override
	public int getOrder() {
		// After the config data (application-prod.yml and the environment) has been loaded.
		return Ordered.LOWEST_PRECEDENCE;
	}
}
