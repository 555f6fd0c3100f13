-- Email stops for a subscriber who unsubscribed with the link in an alert email, or whose address failed for good.
ALTER TABLE subscriber ADD COLUMN email_opted_out_at TIMESTAMPTZ;
ALTER TABLE subscriber ADD COLUMN email_opt_out_reason TEXT;
CREATE INDEX subscriber_by_email ON subscriber (email);
