-- A contact point gets alerts only once its owner proved it is theirs (an email link, an SMS code), and not while
-- the citizen paused alerts. Enrollments made before verification existed count as verified: they were accepted
-- under the old rules and silencing them would leave citizens unwarned. The defaults keep that true for rows
-- written by an older version during a rolling update; V17 removes them.
ALTER TABLE subscriber ADD COLUMN email_verified_at TIMESTAMPTZ DEFAULT now();
ALTER TABLE subscriber ADD COLUMN phone_verified_at TIMESTAMPTZ DEFAULT now();
ALTER TABLE subscriber ADD COLUMN paused_at TIMESTAMPTZ;
