package org.beacon.platform.security;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.core.env.Environment;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialRequestOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;
import org.springframework.util.function.SingletonSupplier;

/**
 * Beacon as the relying party of staff passkeys: its id is the host of {@code beacon.public-url} and the origin of
 * that URL is where ceremonies may run. On localhost (the embedded default, and tests on a random port) the port the
 * server actually listens on is allowed too; it is known only once the server started, so webauthn4j's relying party
 * is built at the first ceremony. Everything else is Spring Security's {@link Webauthn4JRelyingPartyOperations}.
 */
final class PasskeyRelyingParty implements WebAuthnRelyingPartyOperations {

	private static final String NAME = "Beacon";

	private static final Set<String> STAFF = Stream.of(SecurityConfiguration.STAFF)
		.map(role -> "ROLE_" + role)
		.collect(Collectors.toUnmodifiableSet());

	private final SingletonSupplier<WebAuthnRelyingPartyOperations> operations;

	PasskeyRelyingParty(PublicKeyCredentialUserEntityRepository users, UserCredentialRepository credentials,
			String publicUrl, Environment environment) {
		URI url = URI.create(publicUrl);
		this.operations = SingletonSupplier.of(() -> new Webauthn4JRelyingPartyOperations(users, credentials,
				PublicKeyCredentialRpEntity.builder().id(url.getHost()).name(NAME).build(),
				origins(url, environment.getProperty("local.server.port"))));
	}

	/** The public URL's origin, and on localhost also the port listened on. */
	static Set<String> origins(URI publicUrl, String localPort) {
		Set<String> origins = new LinkedHashSet<>();
		origins.add(publicUrl.getScheme() + "://" + publicUrl.getHost()
				+ (publicUrl.getPort() < 0 ? "" : ":" + publicUrl.getPort()));
		if ("localhost".equals(publicUrl.getHost()) && localPort != null) {
			origins.add(publicUrl.getScheme() + "://localhost:" + localPort);
		}
		return origins;
	}

	/**
	 * Staff only. Spring Security answers this before the chain's rules by path apply, and making options stores a
	 * passkey user for the name signed in: a citizen's session is refused here (403) rather than only at registration.
	 */
	@Override
	public PublicKeyCredentialCreationOptions createPublicKeyCredentialCreationOptions(
			PublicKeyCredentialCreationOptionsRequest request) {
		Authentication who = request.getAuthentication();
		boolean staff = who != null && who.getAuthorities()
			.stream()
			.anyMatch(authority -> STAFF.contains(authority.getAuthority()));
		if (!staff) {
			throw new AccessDeniedException("Passkeys are for staff accounts");
		}
		return operations.obtain().createPublicKeyCredentialCreationOptions(request);
	}

	@Override
	public CredentialRecord registerCredential(RelyingPartyRegistrationRequest request) {
		return operations.obtain().registerCredential(request);
	}

	@Override
	public PublicKeyCredentialRequestOptions createCredentialRequestOptions(
			PublicKeyCredentialRequestOptionsRequest request) {
		return operations.obtain().createCredentialRequestOptions(request);
	}

	@Override
	public PublicKeyCredentialUserEntity authenticate(RelyingPartyAuthenticationRequest request) {
		return operations.obtain().authenticate(request);
	}
}
