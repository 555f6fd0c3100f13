-- Audience pages walk these indexes in subscriber order and need the dates and region of each place: carried in the
-- index, a page is read from the index alone (once the table is vacuumed) instead of visiting every row.
-- CONCURRENTLY, so enrollment and fan-out go on while a large table is indexed (Flyway runs it outside a transaction).
CREATE INDEX CONCURRENTLY IF NOT EXISTS subscriber_location_by_country_covering ON subscriber_location (country, subscriber_id)
  INCLUDE (region, starts_on, ends_on);
DROP INDEX CONCURRENTLY IF EXISTS subscriber_location_by_country;
CREATE INDEX CONCURRENTLY IF NOT EXISTS subscriber_location_by_region_covering ON subscriber_location (region, subscriber_id)
  INCLUDE (starts_on, ends_on) WHERE region IS NOT NULL;
DROP INDEX CONCURRENTLY IF EXISTS subscriber_location_by_region;
