-- Trip briefings (issue 18): before departure and on arrival, each trip gets a short message once per kind.
-- When each place was enrolled: a place is a trip when it was enrolled before its first day, and a briefing is skipped
-- for a trip enrolled after the briefing's moment. Places that existed before count as enrolled now.
ALTER TABLE subscriber_location ADD COLUMN created_at TIMESTAMPTZ NOT NULL DEFAULT now();
-- The briefings look up trips by their first day.
CREATE INDEX subscriber_location_by_start ON subscriber_location (starts_on);

-- Whether the citizen wants trip briefings (they may turn them off on their account page or through the API).
ALTER TABLE subscriber ADD COLUMN briefings BOOLEAN NOT NULL DEFAULT true;

-- One row per trip and kind of briefing, written in the transaction that publishes it (or records why it was not
-- sent): the id is derived from the trip (subscriber, country, region, first day) and the kind, so a trip re-saved
-- with its enrollment, a second replica or a restart never briefs it twice. The id is also the briefing's id in the
-- delivery ledger (delivery.alert_id).
CREATE TABLE briefing (
  id            UUID PRIMARY KEY,
  subscriber_id UUID        NOT NULL,
  country       TEXT        NOT NULL,
  region        TEXT,
  starts_on     DATE        NOT NULL,
  kind          TEXT        NOT NULL CHECK (kind IN ('BEFORE_DEPARTURE', 'ON_ARRIVAL')),
  outcome       TEXT        NOT NULL CHECK (outcome IN ('SENT', 'NOTHING_NEW')),
  decided_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX briefing_by_subscriber ON briefing (subscriber_id);
CREATE INDEX briefing_by_start ON briefing (starts_on);
