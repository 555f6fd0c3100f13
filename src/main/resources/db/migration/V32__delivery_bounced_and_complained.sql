-- Email rows may end BOUNCED or COMPLAINED: a bounce (RFC 3464) or a complaint (RFC 5965) read from the bounce
-- mailbox after the relay took the email. provider_status keeps one that comes before its row is recorded as sent.
-- Widened as V28 and V29 added them: NOT VALID, so adding is instant, then validated with writes going on. Flyway
-- runs this script outside a transaction (V32__delivery_bounced_and_complained.sql.conf), so that each statement
-- commits on its own and the validation does not scan under the lock that adding took.

ALTER TABLE delivery DROP CONSTRAINT IF EXISTS delivery_status_known;
ALTER TABLE delivery ADD CONSTRAINT delivery_status_known
  CHECK (status IN ('QUEUED', 'SENDING', 'SENT', 'DELIVERED', 'UNDELIVERED', 'BOUNCED', 'COMPLAINED', 'FAILED',
                    'CANCELLED')) NOT VALID;
ALTER TABLE delivery VALIDATE CONSTRAINT delivery_status_known;

ALTER TABLE provider_status DROP CONSTRAINT IF EXISTS provider_status_status_known;
ALTER TABLE provider_status ADD CONSTRAINT provider_status_status_known
  CHECK (status IN ('DELIVERED', 'UNDELIVERED', 'FAILED', 'BOUNCED', 'COMPLAINED')) NOT VALID;
ALTER TABLE provider_status VALIDATE CONSTRAINT provider_status_status_known;
