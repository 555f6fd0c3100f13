-- An advisory missing from the feed for a while is marked withdrawn (never deleted, never alerted).
ALTER TABLE advisory ADD COLUMN withdrawn_at TIMESTAMPTZ;

-- The ingest report: what each copy of the feed did, including what the alerts made of it afterwards.
ALTER TABLE advisory_ingest ADD COLUMN stale_copies INT NOT NULL DEFAULT 0;
ALTER TABLE advisory_ingest ADD COLUMN countries_withdrawn INT NOT NULL DEFAULT 0;
ALTER TABLE advisory_ingest ADD COLUMN alerts_issued INT NOT NULL DEFAULT 0;
ALTER TABLE advisory_ingest ADD COLUMN alerts_held INT NOT NULL DEFAULT 0;
ALTER TABLE advisory_ingest ADD COLUMN held_alerts_withdrawn INT NOT NULL DEFAULT 0;
ALTER TABLE advisory_ingest ADD COLUMN name_mismatches JSONB NOT NULL DEFAULT '[]';
CREATE INDEX advisory_version_by_hash ON advisory_version (country, content_hash);
