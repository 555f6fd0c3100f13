-- The audit log: every staff action (who, when, what, which alert), appended in the transaction of the action.
-- Append-only: rows are never changed or removed, which the trigger below enforces for the application's own role.
CREATE TABLE staff_audit (
  id       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at       TIMESTAMPTZ NOT NULL,
  username TEXT        NOT NULL,
  action   TEXT        NOT NULL,
  alert_id UUID,
  detail   TEXT
);
CREATE INDEX staff_audit_by_time ON staff_audit (at DESC, id DESC);
CREATE INDEX staff_audit_by_alert ON staff_audit (alert_id, at DESC, id DESC) WHERE alert_id IS NOT NULL;
CREATE INDEX staff_audit_by_user ON staff_audit (username, at DESC, id DESC);

CREATE FUNCTION staff_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'staff_audit is append-only: % refused', TG_OP;
END;
$$;
CREATE TRIGGER staff_audit_append_only BEFORE UPDATE OR DELETE ON staff_audit
  FOR EACH ROW EXECUTE FUNCTION staff_audit_append_only();
