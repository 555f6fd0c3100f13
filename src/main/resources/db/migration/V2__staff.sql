-- Posts (an embassy, a consulate, a desk) and the countries each covers; staff accounts belong to one post.
CREATE TABLE post (
  id   TEXT PRIMARY KEY,
  name TEXT NOT NULL
);

CREATE TABLE post_country (
  post_id TEXT    NOT NULL REFERENCES post (id) ON DELETE CASCADE,
  country TEXT    NOT NULL,
  PRIMARY KEY (post_id, country)
);

CREATE TABLE staff_member (
  username      TEXT PRIMARY KEY,
  display_name  TEXT        NOT NULL,
  password_hash TEXT        NOT NULL,
  post_id       TEXT        NOT NULL REFERENCES post (id),
  roles         TEXT[]      NOT NULL,
  enabled       BOOLEAN     NOT NULL DEFAULT TRUE,
  created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);
