-- A check-in's last escalation wave calls citizens who stayed silent: the ledger records calls as VOICE deliveries.
-- Widened as V32 widened the statuses: NOT VALID, then validated with writes going on (outside a transaction, .conf).
ALTER TABLE delivery DROP CONSTRAINT IF EXISTS delivery_channel_known;
ALTER TABLE delivery ADD CONSTRAINT delivery_channel_known CHECK (channel IN ('EMAIL', 'SMS', 'VOICE')) NOT VALID;
ALTER TABLE delivery VALIDATE CONSTRAINT delivery_channel_known;
