-- The key a client sent with the request that created an alert (the API's Idempotency-Key header, or the compose
-- form's one-time submission key), and a digest of that request: the same key again gives back this alert instead of
-- a second one, and the same key with another request is refused. Keys are each author's own.
ALTER TABLE alert ADD COLUMN idempotency_key TEXT, ADD COLUMN request_digest TEXT;
CREATE UNIQUE INDEX alert_idempotency_key ON alert (issued_by, idempotency_key) WHERE idempotency_key IS NOT NULL;
