-- Check-ins: the audit log records closing one and every look at, export of and action on the help queue and the
-- roster; staff may hold the new role CRISIS, which alone shows who needs help. Widened as V35 widened the actions:
-- NOT VALID, so adding is instant, then validated with writes going on; run outside a transaction (its .conf).

ALTER TABLE staff_audit DROP CONSTRAINT IF EXISTS staff_audit_action_known;
ALTER TABLE staff_audit ADD CONSTRAINT staff_audit_action_known
  CHECK (action IN ('ISSUE', 'SUBMIT_FOR_APPROVAL', 'APPROVE', 'REJECT', 'APPROVE_REVIEW', 'DISCARD', 'UPDATE', 'CANCEL',
                    'SIGN_IN', 'SIGN_OUT', 'ACCOUNT_CREATE', 'ACCOUNT_CHANGE', 'ACCOUNT_DISABLE', 'ACCOUNT_ENABLE',
                    'PASSWORD_RESET', 'POST_CREATE', 'POST_CHANGE', 'FEED_READ', 'SANDBOX_PROVIDER',
                    'CLOSE_CHECK_IN', 'HELP_QUEUE_VIEW', 'ROSTER_VIEW', 'ROSTER_EXPORT', 'HELP_TAKE',
                    'HELP_RESOLVE')) NOT VALID;
ALTER TABLE staff_audit VALIDATE CONSTRAINT staff_audit_action_known;

ALTER TABLE staff_member DROP CONSTRAINT IF EXISTS staff_member_roles_known;
ALTER TABLE staff_member ADD CONSTRAINT staff_member_roles_known
  CHECK (roles <@ ARRAY['OFFICER', 'APPROVER', 'ADMIN', 'CRISIS']) NOT VALID;
ALTER TABLE staff_member VALIDATE CONSTRAINT staff_member_roles_known;
