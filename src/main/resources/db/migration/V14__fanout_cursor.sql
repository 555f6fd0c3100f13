-- The fan-out records how far it has queued an alert's audience: the last subscriber (in the audience's order) whose
-- jobs Kafka acknowledged. A fan-out that restarts resumes after it, instead of marking every ledger row queued.
ALTER TABLE fanout_run ADD COLUMN queued_through UUID;
ALTER TABLE delivery DROP COLUMN dispatched_at;
