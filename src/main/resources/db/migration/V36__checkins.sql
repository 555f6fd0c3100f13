-- Check-ins: alerts that ask their recipients whether they are safe, and what the recipients answered.
ALTER TABLE alert ADD COLUMN answer_by TIMESTAMPTZ;

-- A check-in as the check-ins feature keeps it: where it asked, until when, and how far its escalation has gone.
-- Its id is the id of the alert that asked.
CREATE TABLE checkin (
  id           UUID PRIMARY KEY,
  post_id      TEXT        NOT NULL,
  title        TEXT        NOT NULL,
  countries    TEXT[]      NOT NULL,
  regions      TEXT[]      NOT NULL,
  channels     TEXT[]      NOT NULL,
  opened_at    TIMESTAMPTZ NOT NULL,
  deadline     TIMESTAMPTZ NOT NULL,
  closed_at    TIMESTAMPTZ,
  closed_by    TEXT,
  waves_sent   INT         NOT NULL DEFAULT 1,
  next_wave_at TIMESTAMPTZ
);
CREATE INDEX checkin_open ON checkin (opened_at) WHERE closed_at IS NULL;

-- Each recipient's latest answer (the latest wins); every answer as it came is in safety_report.
CREATE TABLE safety_answer (
  checkin_id    UUID        NOT NULL REFERENCES checkin (id),
  subscriber_id UUID        NOT NULL,
  answer        TEXT        NOT NULL CHECK (answer IN ('SAFE', 'NEED_HELP')),
  channel       TEXT        NOT NULL CHECK (channel IN ('SMS', 'EMAIL', 'VOICE')),
  answered_at   TIMESTAMPTZ NOT NULL,
  message       TEXT,
  PRIMARY KEY (checkin_id, subscriber_id)
);

CREATE TABLE safety_report (
  id            BIGSERIAL PRIMARY KEY,
  checkin_id    UUID        NOT NULL REFERENCES checkin (id),
  subscriber_id UUID        NOT NULL,
  answer        TEXT        NOT NULL CHECK (answer IN ('SAFE', 'NEED_HELP')),
  channel       TEXT        NOT NULL CHECK (channel IN ('SMS', 'EMAIL', 'VOICE')),
  answered_at   TIMESTAMPTZ NOT NULL,
  message       TEXT
);
CREATE INDEX safety_report_by_checkin ON safety_report (checkin_id, answered_at);
CREATE INDEX safety_report_by_subscriber ON safety_report (subscriber_id);
