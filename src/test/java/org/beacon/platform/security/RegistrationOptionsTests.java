package org.beacon.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.web.webauthn.api.AttestationConveyancePreference;
import org.springframework.security.web.webauthn.api.AuthenticatorAttachment;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.AuthenticatorTransport;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredProtectAuthenticationExtensionsClientInput;
import org.springframework.security.web.webauthn.api.CredProtectAuthenticationExtensionsClientInput.CredProtect;
import org.springframework.security.web.webauthn.api.CredProtectAuthenticationExtensionsClientInput.CredProtect.ProtectionPolicy;
import org.springframework.security.web.webauthn.api.ImmutableAuthenticationExtensionsClientInputs;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialDescriptor;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialParameters;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;

class RegistrationOptionsTests {

	static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

	final PublicKeyCredentialCreationOptions options = PublicKeyCredentialCreationOptions.builder()
		.rp(PublicKeyCredentialRpEntity.builder().id("beacon.state.example").name("Beacon").build())
		.user(ImmutablePublicKeyCredentialUserEntity.builder()
			.name("officer")
			.id(Bytes.random())
			.displayName("officer")
			.build())
		.challenge(Bytes.random())
		.pubKeyCredParams(PublicKeyCredentialParameters.EdDSA, PublicKeyCredentialParameters.ES256,
				PublicKeyCredentialParameters.RS256)
		.timeout(Duration.ofMinutes(5))
		.excludeCredentials(List.of(PublicKeyCredentialDescriptor.builder()
			.id(Bytes.random())
			.transports(Set.of(AuthenticatorTransport.INTERNAL, AuthenticatorTransport.USB))
			.build()))
		.authenticatorSelection(AuthenticatorSelectionCriteria.builder()
			.authenticatorAttachment(AuthenticatorAttachment.PLATFORM)
			.residentKey(ResidentKeyRequirement.REQUIRED)
			.userVerification(UserVerificationRequirement.PREFERRED)
			.build())
		.attestation(AttestationConveyancePreference.NONE)
		.extensions(new ImmutableAuthenticationExtensionsClientInputs(
				new CredProtectAuthenticationExtensionsClientInput(
						new CredProtect(ProtectionPolicy.USER_VERIFICATION_OPTIONAL, true))))
		.build();

	@Test
	void optionsSavedByOneReplicaAreLoadedWholeByAnotherFromTheSerializedSession() throws Exception {
		MockHttpServletRequest asked = new MockHttpServletRequest();
		new RegistrationOptions(clockAt(NOW)).save(asked, new MockHttpServletResponse(), options);

		MockHttpServletRequest answered = requestWith(
				roundTrip(asked.getSession().getAttribute(RegistrationOptions.ATTRIBUTE)));
		PublicKeyCredentialCreationOptions loaded = new RegistrationOptions(clockAt(NOW.plusSeconds(30)))
			.load(answered);

		assertThat(loaded).usingRecursiveComparison().isEqualTo(options);
		assertThat(loaded.getPubKeyCredParams()).containsExactly(PublicKeyCredentialParameters.EdDSA,
				PublicKeyCredentialParameters.ES256, PublicKeyCredentialParameters.RS256);
		assertThat(loaded.getAuthenticatorSelection().getUserVerification())
			.isSameAs(UserVerificationRequirement.PREFERRED);
	}

	@Test
	void optionsOlderThanTheirTimeoutAreNotHandedOut() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		new RegistrationOptions(clockAt(NOW)).save(request, new MockHttpServletResponse(), options);

		assertThat(new RegistrationOptions(clockAt(NOW.plus(Duration.ofMinutes(5)))).load(request)).isNotNull();
		assertThat(new RegistrationOptions(clockAt(NOW.plus(Duration.ofMinutes(5)).plusSeconds(1))).load(request))
			.isNull();
	}

	@Test
	void savingNoOptionsForgetsTheWaitingOnes() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		RegistrationOptions repository = new RegistrationOptions(clockAt(NOW));
		repository.save(request, new MockHttpServletResponse(), options);

		repository.save(request, new MockHttpServletResponse(), null);

		assertThat(repository.load(request)).isNull();
		assertThat(request.getSession().getAttribute(RegistrationOptions.ATTRIBUTE)).isNull();
	}

	@Test
	void aRequestWithoutASessionHasNoOptionsAndOpensNone() {
		MockHttpServletRequest request = new MockHttpServletRequest();

		assertThat(new RegistrationOptions(clockAt(NOW)).load(request)).isNull();
		assertThat(request.getSession(false)).isNull();
	}

	/** What Spring Session JDBC does to an attribute: Java serialization into PostgreSQL and back. */
	private static Object roundTrip(Object attribute) throws IOException, ClassNotFoundException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
			out.writeObject(attribute);
		}
		try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
			return in.readObject();
		}
	}

	private static MockHttpServletRequest requestWith(Object attribute) {
		MockHttpSession session = new MockHttpSession();
		session.setAttribute(RegistrationOptions.ATTRIBUTE, attribute);
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setSession(session);
		return request;
	}

	private static Clock clockAt(Instant instant) {
		return Clock.fixed(instant, ZoneOffset.UTC);
	}
}
