package org.beacon.platform.security;

import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.security.web.webauthn.api.AttestationConveyancePreference;
import org.springframework.security.web.webauthn.api.AuthenticationExtensionsClientInputs;
import org.springframework.security.web.webauthn.api.AuthenticatorAttachment;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialDescriptor;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialParameters;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;

/**
 * A serializable copy of a passkey registration's {@code PublicKeyCredentialCreationOptions}, which Spring Security
 * 6.5 does not make serializable. Parts that are serializable (the user, the challenge, the credentials to exclude,
 * the extensions) are kept as they are; the rest by their WebAuthn values. {@link #rebuild()} gives options equal in
 * every field to those copied.
 */
record StoredCreationOptions(String rpId, String rpName, PublicKeyCredentialUserEntity user, Bytes challenge,
		List<Long> algorithms, Duration timeout, List<PublicKeyCredentialDescriptor> excludeCredentials,
		String attachment, String residentKey, String userVerification, String attestation,
		AuthenticationExtensionsClientInputs extensions) implements Serializable {

	/** The algorithms Spring Security names; options with another cannot be stored. */
	private static final List<PublicKeyCredentialParameters> KNOWN_ALGORITHMS = List.of(
			PublicKeyCredentialParameters.EdDSA, PublicKeyCredentialParameters.ES256,
			PublicKeyCredentialParameters.ES384, PublicKeyCredentialParameters.ES512,
			PublicKeyCredentialParameters.RS256, PublicKeyCredentialParameters.RS384,
			PublicKeyCredentialParameters.RS512, PublicKeyCredentialParameters.RS1);

	static StoredCreationOptions of(PublicKeyCredentialCreationOptions options) {
		AuthenticatorSelectionCriteria selection = options.getAuthenticatorSelection();
		return new StoredCreationOptions(options.getRp().getId(), options.getRp().getName(), options.getUser(),
				options.getChallenge(),
				options.getPubKeyCredParams().stream().map(parameters -> parameters.getAlg().getValue()).toList(),
				options.getTimeout(),
				options.getExcludeCredentials() == null ? null : new ArrayList<>(options.getExcludeCredentials()),
				selection == null || selection.getAuthenticatorAttachment() == null ? null
						: selection.getAuthenticatorAttachment().getValue(),
				selection == null || selection.getResidentKey() == null ? null
						: selection.getResidentKey().getValue(),
				selection == null || selection.getUserVerification() == null ? null
						: selection.getUserVerification().getValue(),
				options.getAttestation() == null ? null : options.getAttestation().getValue(),
				options.getExtensions());
	}

	PublicKeyCredentialCreationOptions rebuild() {
		return PublicKeyCredentialCreationOptions.builder()
			.rp(PublicKeyCredentialRpEntity.builder().id(rpId).name(rpName).build())
			.user(user)
			.challenge(challenge)
			.pubKeyCredParams(algorithms.stream().map(StoredCreationOptions::parameters).toList())
			.timeout(timeout)
			.excludeCredentials(excludeCredentials)
			.authenticatorSelection(selection())
			.attestation(attestation == null ? null : AttestationConveyancePreference.valueOf(attestation))
			.extensions(extensions)
			.build();
	}

	private AuthenticatorSelectionCriteria selection() {
		if (attachment == null && residentKey == null && userVerification == null) {
			return null;
		}
		return AuthenticatorSelectionCriteria.builder()
			.authenticatorAttachment(attachment == null ? null : AuthenticatorAttachment.valueOf(attachment))
			.residentKey(residentKey == null ? null : ResidentKeyRequirement.valueOf(residentKey))
			.userVerification(userVerification == null ? null : verification(userVerification))
			.build();
	}

	private static PublicKeyCredentialParameters parameters(long algorithm) {
		return KNOWN_ALGORITHMS.stream()
			.filter(known -> known.getAlg().getValue() == algorithm)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("Unknown COSE algorithm " + algorithm));
	}

	private static UserVerificationRequirement verification(String value) {
		return Stream.of(UserVerificationRequirement.DISCOURAGED, UserVerificationRequirement.PREFERRED,
				UserVerificationRequirement.REQUIRED)
			.filter(known -> known.getValue().equals(value))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("Unknown user verification " + value));
	}
}
