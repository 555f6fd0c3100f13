-- What API replicas must share, so that a load balancer without sticky sessions may send any request anywhere.

-- Sessions of staff and citizens (Spring Session JDBC; its own PostgreSQL schema, spring-session-jdbc 3.5).
CREATE TABLE spring_session (
  primary_id            CHAR(36) NOT NULL,
  session_id            CHAR(36) NOT NULL,
  creation_time         BIGINT NOT NULL,
  last_access_time      BIGINT NOT NULL,
  max_inactive_interval INT NOT NULL,
  expiry_time           BIGINT NOT NULL,
  principal_name        VARCHAR(100),
  CONSTRAINT spring_session_pk PRIMARY KEY (primary_id)
);
CREATE UNIQUE INDEX spring_session_ix1 ON spring_session (session_id);
CREATE INDEX spring_session_ix2 ON spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON spring_session (principal_name);

CREATE TABLE spring_session_attributes (
  session_primary_id CHAR(36) NOT NULL,
  attribute_name     VARCHAR(200) NOT NULL,
  attribute_bytes    BYTEA NOT NULL,
  CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
  CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id) REFERENCES spring_session (primary_id)
    ON DELETE CASCADE
);

-- The sign-in throttle's token buckets (Bucket4j), one per account and one per client address, so that failed
-- attempts count however many replicas they are spread over. expires_at lets a sweep forget full buckets.
CREATE TABLE sign_in_bucket (
  id         TEXT PRIMARY KEY,
  state      BYTEA,
  expires_at BIGINT
);
CREATE INDEX sign_in_bucket_expires ON sign_in_bucket (expires_at);

-- One row per scheduled job while a replica runs it (ShedLock), so each job runs on one replica at a time.
-- TIMESTAMP without zone, as ShedLock's usingDbTime() writes the database's own clock.
CREATE TABLE shedlock (
  name       VARCHAR(64) NOT NULL PRIMARY KEY,
  lock_until TIMESTAMP NOT NULL,
  locked_at  TIMESTAMP NOT NULL,
  locked_by  VARCHAR(255) NOT NULL
);

-- The advisory feed's validators from its last read, so the replica that polls next asks "changed since?" too.
CREATE TABLE advisory_feed_state (
  url           TEXT PRIMARY KEY,
  etag          TEXT,
  last_modified TEXT,
  read_at       TIMESTAMPTZ NOT NULL
);
