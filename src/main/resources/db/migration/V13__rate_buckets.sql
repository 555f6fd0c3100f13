-- Token buckets of the provider rate limits (Bucket4j), shared by every worker process.
CREATE TABLE rate_bucket (
  id         TEXT PRIMARY KEY,
  state      BYTEA,
  expires_at BIGINT
);
