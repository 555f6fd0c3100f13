-- The last status a provider reported for a message, kept even when it arrives before the worker recorded the
-- message as sent (callbacks can overtake the API's answer).
CREATE TABLE provider_status (
  provider_id TEXT PRIMARY KEY,
  status      TEXT        NOT NULL,
  error_code  TEXT,
  received_at TIMESTAMPTZ NOT NULL
);

-- A subscriber who replied STOP gets no SMS until they reply START.
ALTER TABLE subscriber ADD COLUMN sms_opted_out_at TIMESTAMPTZ;
CREATE INDEX subscriber_by_phone ON subscriber (phone);
