-- Staff passkeys (WebAuthn): the tables of Spring Security's JdbcPublicKeyCredentialUserEntityRepository and
-- JdbcUserCredentialRepository, as spring-security-web ships them for PostgreSQL (user-entities-schema.sql,
-- user-credentials-schema-postgres.sql). user_entities.name is the staff account's username; a user entity's id is
-- the random handle the authenticator stores, never the username. The audit log records registering and deleting a
-- passkey, enabling and disabling an authenticator app, and using a recovery code. Run outside a transaction (its .conf), like V37: the constraint is widened NOT VALID, then validated.

CREATE TABLE IF NOT EXISTS user_entities (
  id           VARCHAR(1000) NOT NULL PRIMARY KEY,
  name         VARCHAR(100)  NOT NULL UNIQUE,
  display_name VARCHAR(200)
);

CREATE TABLE IF NOT EXISTS user_credentials (
  credential_id                VARCHAR(1000) NOT NULL PRIMARY KEY,
  user_entity_user_id          VARCHAR(1000) NOT NULL REFERENCES user_entities (id) ON DELETE CASCADE,
  public_key                   BYTEA         NOT NULL,
  signature_count              BIGINT,
  uv_initialized               BOOLEAN,
  backup_eligible              BOOLEAN       NOT NULL,
  authenticator_transports     VARCHAR(1000),
  public_key_credential_type   VARCHAR(100),
  backup_state                 BOOLEAN       NOT NULL,
  attestation_object           BYTEA,
  attestation_client_data_json BYTEA,
  created                      TIMESTAMP,
  last_used                    TIMESTAMP,
  label                        VARCHAR(1000) NOT NULL
);

CREATE INDEX IF NOT EXISTS user_credentials_user ON user_credentials (user_entity_user_id);

-- The second factor for staff without a passkey at hand: a TOTP secret (RFC 6238) an authenticator app holds, not
-- enabled until a first code confirmed it; last_step is the time step of the last code accepted, so that a code is
-- never accepted twice. Recovery codes are stored as SHA-256 hashes (they are long random strings, not passwords),
-- each used once.
CREATE TABLE IF NOT EXISTS staff_totp (
  username   TEXT        PRIMARY KEY REFERENCES staff_member (username) ON DELETE CASCADE,
  secret     BYTEA       NOT NULL,
  enabled    BOOLEAN     NOT NULL DEFAULT FALSE,
  last_step  BIGINT      NOT NULL DEFAULT -1,
  created_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE IF NOT EXISTS staff_recovery_code (
  username  TEXT        NOT NULL REFERENCES staff_member (username) ON DELETE CASCADE,
  code_hash TEXT        NOT NULL,
  used_at   TIMESTAMPTZ,
  PRIMARY KEY (username, code_hash)
);

ALTER TABLE staff_audit DROP CONSTRAINT IF EXISTS staff_audit_action_known;
ALTER TABLE staff_audit ADD CONSTRAINT staff_audit_action_known
  CHECK (action IN ('ISSUE', 'SUBMIT_FOR_APPROVAL', 'APPROVE', 'REJECT', 'APPROVE_REVIEW', 'DISCARD', 'UPDATE', 'CANCEL',
                    'SIGN_IN', 'SIGN_OUT', 'ACCOUNT_CREATE', 'ACCOUNT_CHANGE', 'ACCOUNT_DISABLE', 'ACCOUNT_ENABLE',
                    'PASSWORD_RESET', 'POST_CREATE', 'POST_CHANGE', 'FEED_READ', 'SANDBOX_PROVIDER',
                    'CLOSE_CHECK_IN', 'HELP_QUEUE_VIEW', 'ROSTER_VIEW', 'ROSTER_EXPORT', 'HELP_TAKE',
                    'HELP_RESOLVE', 'PASSKEY_REGISTER', 'PASSKEY_DELETE', 'TOTP_ENABLE', 'TOTP_DISABLE',
                    'RECOVERY_CODE_USE')) NOT VALID;
ALTER TABLE staff_audit VALIDATE CONSTRAINT staff_audit_action_known;
