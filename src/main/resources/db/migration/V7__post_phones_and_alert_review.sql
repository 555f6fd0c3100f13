-- Emergency numbers of a post, quoted in automatic advisory alerts.
ALTER TABLE post ADD COLUMN emergency_phone TEXT;
ALTER TABLE post ADD COLUMN after_hours_phone TEXT;

-- Alerts proposed by the advisory feed may be held for review; Spanish wording travels beside the English one.
ALTER TABLE alert ADD COLUMN status TEXT NOT NULL DEFAULT 'ISSUED';
ALTER TABLE alert ADD COLUMN origin TEXT NOT NULL DEFAULT 'STAFF';
ALTER TABLE alert ADD COLUMN title_es TEXT;
ALTER TABLE alert ADD COLUMN body_es TEXT;
ALTER TABLE alert ADD COLUMN sms_text_es TEXT;
ALTER TABLE alert ADD COLUMN advisory_country TEXT;
ALTER TABLE alert ADD COLUMN advisory_previous_level INT;
ALTER TABLE alert ADD COLUMN advisory_level INT;
ALTER TABLE alert ADD COLUMN review_reason TEXT;
ALTER TABLE alert ADD COLUMN reviewed_by TEXT;
ALTER TABLE alert ADD COLUMN reviewed_at TIMESTAMPTZ;
CREATE INDEX alert_held_by_country ON alert (advisory_country) WHERE status = 'PENDING_REVIEW';
-- The advisory change an automatic alert answers (country and time of change): one alert per change, even if the
-- change is delivered twice.
ALTER TABLE alert ADD COLUMN advisory_change TEXT;
CREATE UNIQUE INDEX alert_by_advisory_change ON alert (advisory_change) WHERE advisory_change IS NOT NULL;
