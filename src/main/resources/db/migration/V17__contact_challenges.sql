-- From now on a new or changed contact point starts unverified (V16's defaults were for older versions).
ALTER TABLE subscriber ALTER COLUMN email_verified_at DROP DEFAULT;
ALTER TABLE subscriber ALTER COLUMN phone_verified_at DROP DEFAULT;

-- A secret sent to a contact point: an email verification link, an SMS code, a sign-in link. Only a SHA-256 hash
-- of the secret is stored. destination is the address or number it was sent to: a challenge for an address the
-- citizen has since changed proves nothing.
CREATE TABLE contact_challenge (
  id            UUID PRIMARY KEY,
  subscriber_id UUID        NOT NULL REFERENCES subscriber (id) ON DELETE CASCADE,
  purpose       TEXT        NOT NULL,
  destination   TEXT        NOT NULL,
  secret_hash   BYTEA       NOT NULL,
  created_at    TIMESTAMPTZ NOT NULL,
  expires_at    TIMESTAMPTZ NOT NULL,
  used_at       TIMESTAMPTZ,
  attempts      INT         NOT NULL DEFAULT 0
);
-- Links are found by their secret; SMS codes (six digits, not unique) by their subscriber.
CREATE UNIQUE INDEX contact_challenge_by_secret ON contact_challenge (secret_hash) WHERE purpose <> 'VERIFY_PHONE';
CREATE INDEX contact_challenge_by_subscriber ON contact_challenge (subscriber_id, purpose, created_at);
