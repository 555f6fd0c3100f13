-- The email answer links of check-ins that have been used: each ("I am safe", "I need help" of one reader of one
-- check-in) records an answer once. A link is the same however often it is sent, so the link is its three parts.
CREATE TABLE checkin_link_use (
  checkin_id    UUID        NOT NULL REFERENCES checkin (id) ON DELETE CASCADE,
  subscriber_id UUID        NOT NULL,
  answer        TEXT        NOT NULL CHECK (answer IN ('SAFE', 'NEED_HELP')),
  used_at       TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (checkin_id, subscriber_id, answer)
);
