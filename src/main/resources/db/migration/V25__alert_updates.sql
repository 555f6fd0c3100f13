-- An update (CAP msgType Update) is an alert of its own that follows an earlier one, to that alert's recipients.
ALTER TABLE alert ADD COLUMN follows UUID REFERENCES alert (id);
CREATE INDEX alert_updates ON alert (follows) WHERE follows IS NOT NULL;
