-- What citizens of each country were last told about its advisory (level and departure posture), and the last
-- advisory change judged: later changes are judged against the former, and changes older than the latter (a
-- redelivered or retried record) are skipped.
CREATE TABLE advisory_announcement (
  country         TEXT PRIMARY KEY,
  level           INT         NOT NULL,
  posture         TEXT        NOT NULL,
  last_changed_at TIMESTAMPTZ,
  updated_at      TIMESTAMPTZ NOT NULL
);

ALTER TABLE alert ADD COLUMN advisory_posture TEXT;
