-- Two-person rule: an alert staff compose may wait (status PENDING_APPROVAL) for an APPROVER other than its author.
-- approval_reason says why (EXTREME_SEVERITY, LARGE_AUDIENCE), approval_audience how many recipients it had when
-- composed; the decision is in reviewed_by and reviewed_at, a rejection's reason in rejection_reason.
ALTER TABLE alert ADD COLUMN approval_reason TEXT;
ALTER TABLE alert ADD COLUMN approval_audience BIGINT;
ALTER TABLE alert ADD COLUMN rejection_reason TEXT;
CREATE INDEX alert_awaiting_approval ON alert (issued_at) WHERE status = 'PENDING_APPROVAL';
