-- The fan-out of a large alert is split into shards, ranges of subscriber ids that several fan-out consumers walk at
-- once. Each shard keeps its own cursor, as fanout_run.queued_through did for the whole alert; the alert's run is
-- complete once every shard is. A shard covers the ids after after_id (exclusive; NULL: from the first) through
-- through_id (inclusive; NULL: to the last). fanout_run.queued_through is read only to resume a run an older version
-- started.
CREATE TABLE fanout_shard (
  alert_id       UUID        NOT NULL REFERENCES fanout_run (alert_id) ON DELETE CASCADE,
  shard          INT         NOT NULL CHECK (shard >= 0),
  after_id       UUID,
  through_id     UUID,
  queued_through UUID,
  completed_at   TIMESTAMPTZ,
  PRIMARY KEY (alert_id, shard)
);

-- A worker's claim skips the rows of cancelled alerts by probing fanout_run for their alert: the few cancelled runs
-- sit in an index of their own, so the probe stays a lookup in a tiny index however many alerts were sent.
CREATE INDEX fanout_run_cancelled ON fanout_run (alert_id) WHERE cancelled_at IS NOT NULL;
