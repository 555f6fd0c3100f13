-- The provider that took a delivery (twilio, sns, smtp, ses), set by the worker's claim: a channel has several
-- providers, and a row left in SENDING by a crashed worker must be asked about at the provider that claimed it.
-- Null for rows claimed before Beacon had a second provider, and for rows never claimed.
ALTER TABLE delivery ADD COLUMN provider text;
