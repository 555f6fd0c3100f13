-- The fan-out records how far it has queued an alert's audience: the last subscriber (in the audience's order) whose
-- jobs Kafka acknowledged. A fan-out that restarts resumes after it, instead of marking every ledger row queued.
ALTER TABLE fanout_run ADD COLUMN queued_through UUID;
-- delivery.dispatched_at is no longer written; it stays until no older fan-out can be running (a rolling update).

-- Which worker process claimed a delivery (host and process id): operators can tell which pod sent a message.
ALTER TABLE delivery ADD COLUMN claimed_by TEXT;

