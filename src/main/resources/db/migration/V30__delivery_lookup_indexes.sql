-- The ledger's lookups that are not by alert: without these, each one reads the whole table, which holds two rows per
-- citizen after every large alert. CONCURRENTLY, so deliveries go on while a large table is indexed; Flyway runs the
-- script outside a transaction, so it holds nothing else (see V15).

-- Delivery reports find their row by the provider's message id, two or three reports per SMS. Rows without one
-- (queued, sending, email refused before an id) are never looked up by it, so they stay out of the index.
CREATE INDEX CONCURRENTLY IF NOT EXISTS delivery_by_provider_id ON delivery (provider_id)
  WHERE provider_id IS NOT NULL;

-- The sweeper looks for rows claimed too long ago and still SENDING: few at any moment, so the index holds only them.
CREATE INDEX CONCURRENTLY IF NOT EXISTS delivery_sending_by_claimed_at ON delivery (claimed_at)
  WHERE status = 'SENDING';

-- Erasure forgets a citizen's contact points in every row of theirs; the unique key starts with alert_id, so it
-- cannot serve a lookup by subscriber.
CREATE INDEX CONCURRENTLY IF NOT EXISTS delivery_by_subscriber ON delivery (subscriber_id);
