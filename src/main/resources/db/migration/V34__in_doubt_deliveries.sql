-- Deliveries left SENDING by a worker that died during its provider call are settled by asking the provider what it
-- took (InDoubtDeliveries): SENT with the provider's id, or sent again.

-- The alert record the fan-out ran from, as it read it: the jobs of rows sent again are built from it as the first
-- ones were. Opaque to the ledger; null for alerts fanned out before it was kept (their rows cannot be sent again).
ALTER TABLE fanout_run ADD COLUMN alert_record TEXT;

-- Until when a reconciler holds an in-doubt row while it asks the provider: no other process takes the row before
-- then, and should the reconciler fail, another takes it after. Null while no reconciler holds it.
ALTER TABLE delivery ADD COLUMN reconcile_until TIMESTAMPTZ;

