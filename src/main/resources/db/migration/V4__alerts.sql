-- Alerts issued by staff. The area is a list of countries and, optionally, regions within them.
CREATE TABLE alert (
  id         UUID PRIMARY KEY,
  type       TEXT        NOT NULL,
  severity   TEXT        NOT NULL,
  title      TEXT        NOT NULL,
  body       TEXT        NOT NULL,
  sms_text   TEXT        NOT NULL,
  countries  TEXT[]      NOT NULL,
  regions    TEXT[]      NOT NULL,
  channels   TEXT[]      NOT NULL,
  post_id    TEXT        NOT NULL,
  issued_by  TEXT        NOT NULL,
  issued_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX alert_by_post ON alert (post_id, issued_at DESC);
