-- Staff may cancel an issued alert: it becomes CANCELLED, and what is not yet sent is stopped.
ALTER TABLE alert ADD COLUMN cancelled_by TEXT;
ALTER TABLE alert ADD COLUMN cancelled_at TIMESTAMPTZ;
-- The fan-out's record of the cancellation: a fan-out still resolving the audience stops queuing pages, and workers
-- turn the alert's QUEUED deliveries into CANCELLED instead of claiming them. A cancellation may come before the
-- fan-out starts, so the row may exist before the fan-out does.
ALTER TABLE fanout_run ADD COLUMN cancelled_at TIMESTAMPTZ;
