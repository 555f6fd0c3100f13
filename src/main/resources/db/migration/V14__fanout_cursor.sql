-- The fan-out records how far it has queued an alert's audience: the last subscriber (in the audience's order) whose
-- jobs Kafka acknowledged. A fan-out that restarts resumes after it, instead of marking every ledger row queued.
ALTER TABLE fanout_run ADD COLUMN queued_through UUID;
ALTER TABLE delivery DROP COLUMN dispatched_at;

-- Which worker process claimed a delivery (host and process id): operators can tell which pod sent a message.
ALTER TABLE delivery ADD COLUMN claimed_by TEXT;

-- Audience pages walk these indexes in subscriber order and need the dates and region of each place: carried in the
-- index, a page is read from the index alone (once the table is vacuumed) instead of visiting every row.
DROP INDEX subscriber_location_by_country;
CREATE INDEX subscriber_location_by_country ON subscriber_location (country, subscriber_id)
  INCLUDE (region, starts_on, ends_on);
DROP INDEX subscriber_location_by_region;
CREATE INDEX subscriber_location_by_region ON subscriber_location (region, subscriber_id)
  INCLUDE (starts_on, ends_on) WHERE region IS NOT NULL;
