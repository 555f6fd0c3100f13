-- Every alert has a lifetime, as CAP's effective and expires: it is in force from effective until expires (NULL: a
-- travel advisory, in force until the country's next level change ends it). Arrivals: the alert reaches, besides the
-- citizens there when it is issued, those whose trip starts in the area by arrivals_until (NULL: nobody arriving).
-- The audience counted when it was stored, split into citizens there now and citizens arriving, is shown on its page.
ALTER TABLE alert ADD COLUMN effective TIMESTAMPTZ;
ALTER TABLE alert ADD COLUMN expires TIMESTAMPTZ;
ALTER TABLE alert ADD COLUMN arrivals_until TIMESTAMPTZ;
ALTER TABLE alert ADD COLUMN audience_now BIGINT;
ALTER TABLE alert ADD COLUMN audience_arriving BIGINT;

-- Alerts stored before lifetimes existed get the default of their type, counted from when they were issued; they
-- reached nobody arriving, so arrivals_until stays NULL.
UPDATE alert SET effective = issued_at,
  expires = CASE type
    WHEN 'SECURITY_ALERT' THEN issued_at + interval '7 days'
    WHEN 'DEMONSTRATION_ALERT' THEN issued_at + interval '7 days'
    WHEN 'HEALTH_ALERT' THEN issued_at + interval '30 days'
    WHEN 'WEATHER_ALERT' THEN issued_at + interval '30 days'
    WHEN 'MESSAGE' THEN issued_at + interval '30 days'
  END;
-- A travel advisory alert ended when a later advisory alert of its country was issued (the feed's, by its country; one
-- staff wrote, by any of its countries).
UPDATE alert a SET expires = (
  SELECT min(n.issued_at) FROM alert n
  WHERE n.type = 'TRAVEL_ADVISORY' AND n.advisory_country IS NOT NULL AND n.issued_at > a.issued_at
    AND n.status IN ('ISSUED', 'CANCELLED')
    AND (n.advisory_country = a.advisory_country OR (a.advisory_country IS NULL AND n.advisory_country = ANY(a.countries))))
WHERE a.type = 'TRAVEL_ADVISORY';
-- A check-in was in force until its deadline.
UPDATE alert SET expires = answer_by WHERE answer_by IS NOT NULL;
-- An update superseded the alert it follows when it was issued.
UPDATE alert o SET expires = u.issued_at FROM alert u
WHERE u.follows = o.id AND u.status IN ('ISSUED', 'CANCELLED') AND (o.expires IS NULL OR o.expires > u.issued_at);
-- A cancelled alert ended when it was cancelled.
UPDATE alert SET expires = cancelled_at WHERE cancelled_at IS NOT NULL AND (expires IS NULL OR expires > cancelled_at);
UPDATE alert SET expires = effective WHERE expires < effective;

-- An alert ended before it took effect (cancelled, superseded) expires when it takes effect: it is never in force.
ALTER TABLE alert ALTER COLUMN effective SET NOT NULL;
ALTER TABLE alert ADD CONSTRAINT alert_expires_after_effective CHECK (expires IS NULL OR expires >= effective);

-- The Atom feed and the arrival briefings read the alerts in force: issued, not yet expired.
CREATE INDEX alert_in_force ON alert (expires) WHERE status = 'ISSUED';
