-- The current travel advisory of each country (ISO 3166-1), and every version ever seen.
CREATE TABLE advisory (
  country          TEXT PRIMARY KEY,
  name             TEXT        NOT NULL,
  level            INT         NOT NULL CHECK (level BETWEEN 1 AND 4),
  level_text       TEXT        NOT NULL,
  indicators       TEXT[]      NOT NULL,
  posture          TEXT        NOT NULL,
  posture_concerns TEXT,
  summary          TEXT        NOT NULL,
  link             TEXT,
  published_at     TIMESTAMPTZ,
  content_hash     TEXT        NOT NULL,
  changed_at       TIMESTAMPTZ NOT NULL,
  checked_at       TIMESTAMPTZ NOT NULL
);

CREATE TABLE advisory_version (
  id               BIGSERIAL PRIMARY KEY,
  country          TEXT        NOT NULL,
  name             TEXT        NOT NULL,
  level            INT         NOT NULL,
  level_text       TEXT        NOT NULL,
  indicators       TEXT[]      NOT NULL,
  posture          TEXT        NOT NULL,
  posture_concerns TEXT,
  summary          TEXT        NOT NULL,
  link             TEXT,
  published_at     TIMESTAMPTZ,
  content_hash     TEXT        NOT NULL,
  first_seen_at    TIMESTAMPTZ NOT NULL,
  ingest_id        BIGINT
);
CREATE INDEX advisory_version_by_country ON advisory_version (country, first_seen_at DESC);

-- Items without a country or level, such as the Worldwide Caution.
CREATE TABLE global_notice (
  key          TEXT PRIMARY KEY,
  title        TEXT        NOT NULL,
  summary      TEXT        NOT NULL,
  link         TEXT,
  published_at TIMESTAMPTZ,
  content_hash TEXT        NOT NULL,
  seen_at      TIMESTAMPTZ NOT NULL
);

-- One row per ingest (a poll or a POST), with what it found.
CREATE TABLE advisory_ingest (
  id                BIGSERIAL PRIMARY KEY,
  source            TEXT        NOT NULL,
  received_at       TIMESTAMPTZ NOT NULL,
  items_read        INT         NOT NULL,
  countries_new     INT         NOT NULL,
  countries_changed INT         NOT NULL,
  events_emitted    INT         NOT NULL,
  notices           INT         NOT NULL,
  rejected          JSONB       NOT NULL
);
