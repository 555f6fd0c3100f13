-- Enrolled citizens. The management token is stored only as its SHA-256 hash.
CREATE TABLE subscriber (
  id         UUID PRIMARY KEY,
  email      TEXT,
  phone      TEXT,           -- E.164
  locale     TEXT        NOT NULL,
  channels   TEXT[]      NOT NULL,
  token_hash BYTEA       NOT NULL,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Where a subscriber is: a country, optionally a region (ISO 3166-2) and a point, from a date, until a date
-- (NULL: lives there).
CREATE TABLE subscriber_location (
  id            BIGSERIAL PRIMARY KEY,
  subscriber_id UUID    NOT NULL REFERENCES subscriber (id) ON DELETE CASCADE,
  position      INT     NOT NULL,
  country       TEXT    NOT NULL,
  region        TEXT,
  lat           DOUBLE PRECISION,
  lon           DOUBLE PRECISION,
  starts_on     DATE    NOT NULL,
  ends_on       DATE,
  CHECK (ends_on IS NULL OR ends_on >= starts_on)
);

-- Audience resolution walks locations of an area in subscriber order (keyset pagination).
CREATE INDEX subscriber_location_by_country ON subscriber_location (country, subscriber_id);
CREATE INDEX subscriber_location_by_region ON subscriber_location (region, subscriber_id) WHERE region IS NOT NULL;
CREATE INDEX subscriber_location_by_subscriber ON subscriber_location (subscriber_id);
