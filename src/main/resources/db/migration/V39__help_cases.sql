-- The help queue: one case per citizen who answered a check-in that they need help, which crisis staff take and then
-- resolve with a note. A case opens with the citizen's first "need help" answer and stays, whatever they answer
-- later (a citizen who then answers "safe" is shown as now safe until staff resolve the case); a "need help" answer
-- after the case was resolved opens it again, keeping who resolved it last, when and with what note.
CREATE TABLE help_case (
  checkin_id    UUID        NOT NULL REFERENCES checkin (id),
  subscriber_id UUID        NOT NULL,
  status        TEXT        NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'TAKEN', 'RESOLVED')),
  opened_at     TIMESTAMPTZ NOT NULL,
  taken_by      TEXT,
  taken_at      TIMESTAMPTZ,
  resolved_by   TEXT,
  resolved_at   TIMESTAMPTZ,
  note          TEXT        CHECK (char_length(note) <= 2000),
  PRIMARY KEY (checkin_id, subscriber_id),
  CONSTRAINT help_case_taken CHECK (status = 'OPEN' OR (taken_by IS NOT NULL AND taken_at IS NOT NULL)),
  CONSTRAINT help_case_resolved CHECK (status <> 'RESOLVED'
    OR (resolved_by IS NOT NULL AND resolved_at IS NOT NULL AND note IS NOT NULL))
);

-- The queue is read oldest first, one check-in at a time, by status.
CREATE INDEX help_case_queue ON help_case (checkin_id, opened_at, subscriber_id);

-- Citizens who needed help before this table existed have their case.
INSERT INTO help_case (checkin_id, subscriber_id, opened_at)
SELECT checkin_id, subscriber_id, min(answered_at) FROM safety_report WHERE answer = 'NEED_HELP'
GROUP BY checkin_id, subscriber_id
ON CONFLICT DO NOTHING;
