package org.beacon.console;

import java.time.Clock;
import java.util.List;

import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.Role;
import org.beacon.platform.sandbox.ProviderSwitch;
import org.beacon.platform.sandbox.SandboxOutbox;
import org.beacon.staff.StaffActed;
import org.beacon.staff.StaffAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The failing switches of the sandbox providers, on the API and on the page alike: an administrator makes one fail to
 * watch Beacon move its channel's traffic to the other provider, and brings it back. Who may flip them is the security
 * configuration's to decide (administrators only). Each flip is in the audit log ({@code SANDBOX_PROVIDER}) with who
 * made it.
 */
@Component
@ConditionalOnRole(Role.API)
@ConditionalOnProperty(name = "beacon.sandbox.enabled", havingValue = "true")
class SandboxProviders {

	private static final Logger log = LoggerFactory.getLogger(SandboxProviders.class);

	private final SandboxOutbox outbox;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SandboxProviders(SandboxOutbox outbox, ApplicationEventPublisher events, Clock clock) {
		this.outbox = outbox;
		this.events = events;
		this.clock = clock;
	}

	/** Every sandbox provider and whether it fails: SMS first, each channel's in routing order. */
	List<ProviderSwitch> all() {
		return outbox.providers();
	}

	/**
	 * Makes the provider fail (or answer again) and tells its new state.
	 *
	 * @throws ResponseStatusException 404 when no sandbox provider has that name
	 */
	ProviderSwitch failing(String provider, boolean failing, String admin) {
		try {
			outbox.failing(provider, failing);
		}
		catch (IllegalArgumentException unknown) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No sandbox provider is named '" + provider
					+ "'; they are " + names());
		}
		String detail = provider + (failing ? " fails" : " answers again");
		log.info("{}: {}", admin, detail);
		events.publishEvent(StaffActed.by(admin, StaffAction.SANDBOX_PROVIDER, detail, clock));
		return outbox.providers().stream().filter(p -> p.name().equals(provider)).findFirst().orElseThrow();
	}

	private String names() {
		return String.join(", ", all().stream().map(ProviderSwitch::name).toList());
	}
}
