package org.beacon.support;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;

import com.webauthn4j.converter.AttestationObjectConverter;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.data.attestation.AttestationObject;
import com.webauthn4j.data.attestation.authenticator.AAGUID;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.authenticator.AuthenticatorData;
import com.webauthn4j.data.attestation.authenticator.EC2COSEKey;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.attestation.statement.NoneAttestationStatement;
import com.webauthn4j.data.extension.authenticator.RegistrationExtensionAuthenticatorOutput;

/**
 * A passkey authenticator without a browser, for tests that register a passkey over plain HTTP: it makes a new P-256
 * key and answers a registration's options as a platform authenticator would, user present and verified, with "none"
 * attestation (webauthn4j's data classes write the CBOR). The private key is thrown away: these passkeys register,
 * they never sign in.
 */
public final class Authenticator {

	private static final byte USER_PRESENT = 0x01;

	private static final byte USER_VERIFIED = 0x04;

	private static final byte CREDENTIAL_INCLUDED = 0x40;

	private Authenticator() {
	}

	/**
	 * The JSON body of {@code POST /webauthn/register} (Spring Security's form) for a new passkey.
	 * @param challenge the options' challenge, base64url as the options give it
	 * @param rpId the relying party's id the options name
	 * @param origin the page's origin the browser would report
	 * @param label the passkey's name
	 */
	public static String registration(String challenge, String rpId, String origin, String label) {
		try {
			var keys = KeyPairGenerator.getInstance("EC");
			keys.initialize(new ECGenParameterSpec("secp256r1"));
			byte[] credentialId = new byte[32];
			new SecureRandom().nextBytes(credentialId);
			var key = EC2COSEKey.create((ECPublicKey) keys.generateKeyPair().getPublic(), COSEAlgorithmIdentifier.ES256);
			AuthenticatorData<RegistrationExtensionAuthenticatorOutput> data = new AuthenticatorData<>(sha256(rpId),
					(byte) (USER_PRESENT | USER_VERIFIED | CREDENTIAL_INCLUDED), 0,
					new AttestedCredentialData(new AAGUID(new byte[16]), credentialId, key));
			byte[] attestation = new AttestationObjectConverter(new ObjectConverter())
				.convertToBytes(new AttestationObject(data, new NoneAttestationStatement()));
			String clientData = "{\"type\":\"webauthn.create\",\"challenge\":\"" + challenge + "\",\"origin\":\""
					+ origin + "\",\"crossOrigin\":false}";
			String id = base64url(credentialId);
			return "{\"publicKey\":{\"label\":\"" + label + "\",\"credential\":{\"id\":\"" + id + "\",\"rawId\":\""
					+ id + "\",\"type\":\"public-key\",\"response\":{\"attestationObject\":\"" + base64url(attestation)
					+ "\",\"clientDataJSON\":\"" + base64url(clientData.getBytes(StandardCharsets.UTF_8))
					+ "\",\"transports\":[\"internal\"]},\"clientExtensionResults\":{},"
					+ "\"authenticatorAttachment\":\"platform\"}}}";
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] sha256(String value) throws GeneralSecurityException {
		return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
	}

	private static String base64url(byte[] bytes) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}
