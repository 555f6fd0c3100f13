package org.beacon.staff.signin;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Component;

/**
 * A staff member's own passkeys, as their account page lists them, and the deletion of one. Registering goes through
 * Spring Security's WebAuthn endpoints (the account page's script), which check the authenticator's answer.
 */
@Component
public class Passkeys {

	private final PublicKeyCredentialUserEntityRepository users;

	private final UserCredentialRepository credentials;

	Passkeys(PublicKeyCredentialUserEntityRepository users, UserCredentialRepository credentials) {
		this.users = users;
		this.credentials = credentials;
	}

	/** The account's passkeys, newest first; none when it never registered one. */
	public List<Passkey> of(String username) {
		PublicKeyCredentialUserEntity user = users.findByUsername(username);
		if (user == null) {
			return List.of();
		}
		return credentials.findByUserId(user.getId())
			.stream()
			.map(Passkey::of)
			.sorted(Comparator.comparing(Passkey::created, Comparator.nullsLast(Comparator.reverseOrder())))
			.toList();
	}

	/**
	 * Deletes one of the account's own passkeys (audited).
	 *
	 * @return false when the account has no passkey with this id (another's, or one already deleted)
	 */
	public boolean delete(String username, String credentialId) {
		boolean own = of(username).stream().anyMatch(passkey -> passkey.id().equals(credentialId));
		if (own) {
			credentials.delete(Bytes.fromBase64(credentialId));
		}
		return own;
	}

	/**
	 * One passkey, as its owner sees it.
	 *
	 * @param id its credential id, base64url as WebAuthn writes it
	 * @param label the name its owner gave it
	 * @param created when it was registered
	 * @param lastUsed when it last signed in; null if never
	 */
	public record Passkey(String id, String label, Instant created, Instant lastUsed) {

		static Passkey of(CredentialRecord record) {
			return new Passkey(record.getCredentialId().toBase64UrlString(), record.getLabel(), record.getCreated(),
					record.getLastUsed());
		}
	}
}
