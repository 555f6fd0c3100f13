package org.beacon.console;

import java.security.Principal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.Role;
import org.beacon.platform.sandbox.ProviderSwitch;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The sandbox providers' failing switches ({@link SandboxProviders}) for administrators, to watch failover from a
 * script. Exists only on the embedded default; administrators only (the API's security configuration).
 */
@RestController
@RequestMapping("/api/v1/sandbox/providers")
@ConditionalOnRole(Role.API)
@ConditionalOnProperty(name = "beacon.sandbox.enabled", havingValue = "true")
@Tag(name = "Sandbox", description = "What the sandbox SMS and email providers received (embedded default only)")
@SecurityRequirement(name = "staff")
class SandboxProvidersController {

	private static final String FAILING = """
			Beacon moves the channel's traffic to its other provider once the failing one's circuit opens (within \
			about 30 seconds of steady traffic), and gives it back through trial calls after it answers again.""";

	private final SandboxProviders providers;

	SandboxProvidersController(SandboxProviders providers) {
		this.providers = providers;
	}

	/**
	 * A sandbox provider and whether it fails.
	 *
	 * @param name as {@code beacon.delivery.routing} names it
	 * @param failing whether it answers every call as the real provider does when it is down
	 */
	record Provider(@Schema(example = "twilio") String name,
			@Schema(allowableValues = { "SMS", "EMAIL" }) String channel, boolean failing) {

		static Provider of(ProviderSwitch provider) {
			return new Provider(provider.name(), provider.channel(), provider.failing());
		}
	}

	/** @param failing true to make the provider fail, false to bring it back */
	record Switch(@NotNull Boolean failing) {
	}

	@GetMapping
	@Operation(summary = "List the sandbox providers and whether each is made to fail (administrators)",
			description = "SMS providers first (twilio, sns), then email (smtp, ses). " + FAILING)
	List<Provider> providers() {
		return providers.all().stream().map(Provider::of).toList();
	}

	@PutMapping("/{provider}")
	@Operation(summary = "Make a sandbox provider fail, or bring it back (administrators)", description = """
			While failing, Twilio, SNS and SES answer every call 503 as they do in an outage, and the SMTP server \
			refuses connections. An unknown provider is 404; a body without a boolean `failing` is 400, naming it. """
			+ FAILING)
	Provider failing(
			@Parameter(description = "twilio, sns, smtp or ses", example = "twilio") @PathVariable String provider,
			@Valid @RequestBody Switch body, Principal admin) {
		return Provider.of(providers.failing(provider, body.failing(), admin.getName()));
	}
}
