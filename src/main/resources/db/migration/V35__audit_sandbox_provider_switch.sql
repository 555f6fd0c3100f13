-- The audit log records an administrator making a sandbox provider fail or answer again (SANDBOX_PROVIDER). Widened
-- as V32 widened the delivery statuses: NOT VALID, so adding is instant, then validated with writes going on; Flyway
-- runs this script outside a transaction (its .conf), so each statement commits on its own.

ALTER TABLE staff_audit DROP CONSTRAINT IF EXISTS staff_audit_action_known;
ALTER TABLE staff_audit ADD CONSTRAINT staff_audit_action_known
  CHECK (action IN ('ISSUE', 'SUBMIT_FOR_APPROVAL', 'APPROVE', 'REJECT', 'APPROVE_REVIEW', 'DISCARD', 'UPDATE', 'CANCEL',
                    'SIGN_IN', 'SIGN_OUT', 'ACCOUNT_CREATE', 'ACCOUNT_CHANGE', 'ACCOUNT_DISABLE', 'ACCOUNT_ENABLE',
                    'PASSWORD_RESET', 'POST_CREATE', 'POST_CHANGE', 'FEED_READ', 'SANDBOX_PROVIDER')) NOT VALID;
ALTER TABLE staff_audit VALIDATE CONSTRAINT staff_audit_action_known;
