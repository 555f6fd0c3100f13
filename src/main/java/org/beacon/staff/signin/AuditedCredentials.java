package org.beacon.staff.signin;

import java.time.Clock;
import java.util.List;

import org.beacon.staff.StaffActed;
import org.beacon.staff.StaffAction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;

/**
 * The passkeys' store, which records in the audit log a passkey saved for the first time (registered, by Spring
 * Security's {@code /webauthn/register}) and a passkey deleted, by whichever way. A save of a known passkey is its
 * use at sign-in (the signature counter and last use move on), which the sign-in's own audit row covers.
 */
class AuditedCredentials implements UserCredentialRepository {

	private final UserCredentialRepository store;

	private final PublicKeyCredentialUserEntityRepository users;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AuditedCredentials(UserCredentialRepository store, PublicKeyCredentialUserEntityRepository users,
			ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.users = users;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public void save(CredentialRecord credential) {
		boolean registered = store.findByCredentialId(credential.getCredentialId()) == null;
		store.save(credential);
		if (registered) {
			audit(credential, StaffAction.PASSKEY_REGISTER);
		}
	}

	@Override
	public void delete(Bytes credentialId) {
		CredentialRecord credential = store.findByCredentialId(credentialId);
		store.delete(credentialId);
		if (credential != null) {
			audit(credential, StaffAction.PASSKEY_DELETE);
		}
	}

	@Override
	public CredentialRecord findByCredentialId(Bytes credentialId) {
		return store.findByCredentialId(credentialId);
	}

	@Override
	public List<CredentialRecord> findByUserId(Bytes userId) {
		return store.findByUserId(userId);
	}

	private void audit(CredentialRecord credential, StaffAction action) {
		PublicKeyCredentialUserEntity user = users.findById(credential.getUserEntityUserId());
		if (user != null) {
			events.publishEvent(StaffActed.by(user.getName(), action, credential.getLabel(), clock));
		}
	}
}
