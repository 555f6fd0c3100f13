-- The delivery ledger: one row per (alert, subscriber, channel), written before any job is queued.
-- dispatched_at is set once the job is on Kafka; a worker moves QUEUED -> SENDING (its claim) -> SENT | FAILED.
CREATE TABLE delivery (
  id            BIGSERIAL PRIMARY KEY,
  alert_id      UUID        NOT NULL,
  subscriber_id UUID        NOT NULL,
  channel       TEXT        NOT NULL,
  destination   TEXT,
  status        TEXT        NOT NULL DEFAULT 'QUEUED',
  attempts      INT         NOT NULL DEFAULT 0,
  provider_id   TEXT,
  error_code    TEXT,
  error_detail  TEXT,
  created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
  dispatched_at TIMESTAMPTZ,
  claimed_at    TIMESTAMPTZ,
  completed_at  TIMESTAMPTZ,
  UNIQUE (alert_id, subscriber_id, channel)
);
CREATE INDEX delivery_by_alert_status ON delivery (alert_id, channel, status);

-- One row per alert whose audience has been resolved, with the moment the fan-out finished.
CREATE TABLE fanout_run (
  alert_id     UUID PRIMARY KEY,
  started_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
  completed_at TIMESTAMPTZ,
  recipients   INT,
  failure      TEXT          -- why the fan-out gave up, after its retries
);
