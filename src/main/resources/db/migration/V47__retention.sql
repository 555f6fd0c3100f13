-- Data ends with the trip (subscribers' RetentionRule): a place is deleted beacon.subscribers.retention-after-trip after
-- its end date; an enrollment whose last place goes is sent a notice once (retention_notice_at, cleared when the
-- citizen changes their enrollment) and deleted beacon.subscribers.retention-notice after it, unless the citizen opens
-- the notice's keep link: retention_kept_on, the day they did, counts as a trip that ended that day.
ALTER TABLE subscriber ADD COLUMN IF NOT EXISTS retention_notice_at TIMESTAMPTZ;
ALTER TABLE subscriber ADD COLUMN IF NOT EXISTS retention_kept_on DATE;

-- Keep links, emailed or texted. Widened as V42 widened the ledger's channels: NOT VALID, then validated with writes
-- going on (outside a transaction, .conf).
ALTER TABLE contact_challenge DROP CONSTRAINT IF EXISTS contact_challenge_purpose_known;
ALTER TABLE contact_challenge ADD CONSTRAINT contact_challenge_purpose_known
  CHECK (purpose IN ('VERIFY_EMAIL', 'VERIFY_PHONE', 'SIGN_IN', 'KEEP_BY_EMAIL', 'KEEP_BY_SMS')) NOT VALID;
ALTER TABLE contact_challenge VALIDATE CONSTRAINT contact_challenge_purpose_known;

-- The retention job finds places by their end, kept enrollments by the day they were kept and the enrollments to
-- delete by their notice, each hour: without these it would read every place and every enrollment. CONCURRENTLY, so
-- enrollment goes on while a large table is indexed.
CREATE INDEX CONCURRENTLY IF NOT EXISTS subscriber_location_by_end ON subscriber_location (ends_on)
  WHERE ends_on IS NOT NULL;
CREATE INDEX CONCURRENTLY IF NOT EXISTS subscriber_by_retention_notice ON subscriber (retention_notice_at)
  WHERE retention_notice_at IS NOT NULL;
CREATE INDEX CONCURRENTLY IF NOT EXISTS subscriber_by_retention_kept ON subscriber (retention_kept_on)
  WHERE retention_kept_on IS NOT NULL;
