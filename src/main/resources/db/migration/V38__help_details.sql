-- What a citizen who needs help tells Beacon on the email answer's form: what help, how many people are with them,
-- where they are now (optional point), a phone that works. Kept with the answer as it came and with the latest.
ALTER TABLE safety_report ADD COLUMN help_needed TEXT, ADD COLUMN people INT, ADD COLUMN lat DOUBLE PRECISION,
  ADD COLUMN lon DOUBLE PRECISION, ADD COLUMN callback_phone TEXT;
ALTER TABLE safety_answer ADD COLUMN help_needed TEXT, ADD COLUMN people INT, ADD COLUMN lat DOUBLE PRECISION,
  ADD COLUMN lon DOUBLE PRECISION, ADD COLUMN callback_phone TEXT;
