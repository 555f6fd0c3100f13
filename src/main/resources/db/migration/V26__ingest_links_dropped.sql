-- The ingest report counts the feed links dropped because they were not https addresses (issue 13).
ALTER TABLE advisory_ingest ADD COLUMN links_dropped INT NOT NULL DEFAULT 0;
