-- Each check-in's answers counted as they are stored: how many recipients' latest answer is "safe" and how many
-- "need help". The check-in page and its live updates read these counts many times a second while replies flood in;
-- counting safety_answer each time grew with the check-in (over a second at 100,000 answers). The triggers below keep
-- the counts exact whatever writes safety_answer: an insert adds its answer, an update moves a changed answer from
-- one count to the other, a delete takes it away. They fire once per statement, over the statement's rows.

-- No answer may be stored between the backfill below and the triggers' creation (an older process still running
-- during a rolling upgrade): it would be in neither.
LOCK TABLE safety_answer IN SHARE ROW EXCLUSIVE MODE;

CREATE TABLE checkin_tally (
  checkin_id UUID   PRIMARY KEY REFERENCES checkin (id),
  safe       BIGINT NOT NULL DEFAULT 0,
  need_help  BIGINT NOT NULL DEFAULT 0
);

INSERT INTO checkin_tally (checkin_id, safe, need_help)
SELECT checkin_id, count(*) FILTER (WHERE answer = 'SAFE'), count(*) FILTER (WHERE answer = 'NEED_HELP')
FROM safety_answer GROUP BY checkin_id;

-- Adds each statement's rows to the counts, and takes its old rows away, check-ins in id order. (Beacon's writers
-- lock their check-ins' counts at the start of their transaction, in that order: AnswerStore.)
CREATE FUNCTION checkin_tally_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO checkin_tally AS t (checkin_id, safe, need_help)
  SELECT checkin_id, count(*) FILTER (WHERE answer = 'SAFE'), count(*) FILTER (WHERE answer = 'NEED_HELP')
  FROM added GROUP BY checkin_id ORDER BY checkin_id
  ON CONFLICT (checkin_id) DO UPDATE SET safe = t.safe + EXCLUDED.safe, need_help = t.need_help + EXCLUDED.need_help;
  RETURN NULL;
END $$;

CREATE FUNCTION checkin_tally_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO checkin_tally AS t (checkin_id, safe, need_help)
  SELECT checkin_id, sum(safe), sum(need_help) FROM (
    SELECT checkin_id, (answer = 'SAFE')::int AS safe, (answer = 'NEED_HELP')::int AS need_help FROM added
    UNION ALL
    SELECT checkin_id, -(answer = 'SAFE')::int, -(answer = 'NEED_HELP')::int FROM removed) delta
  GROUP BY checkin_id HAVING sum(safe) <> 0 OR sum(need_help) <> 0 ORDER BY checkin_id
  ON CONFLICT (checkin_id) DO UPDATE SET safe = t.safe + EXCLUDED.safe, need_help = t.need_help + EXCLUDED.need_help;
  RETURN NULL;
END $$;

CREATE FUNCTION checkin_tally_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE checkin_tally t SET safe = t.safe - gone.safe, need_help = t.need_help - gone.need_help
  FROM (SELECT checkin_id, count(*) FILTER (WHERE answer = 'SAFE') AS safe,
               count(*) FILTER (WHERE answer = 'NEED_HELP') AS need_help
        FROM removed GROUP BY checkin_id) gone
  WHERE t.checkin_id = gone.checkin_id;
  RETURN NULL;
END $$;

CREATE TRIGGER safety_answer_counted AFTER INSERT ON safety_answer
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION checkin_tally_added();
CREATE TRIGGER safety_answer_recounted AFTER UPDATE ON safety_answer
  REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION checkin_tally_changed();
CREATE TRIGGER safety_answer_uncounted AFTER DELETE ON safety_answer
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION checkin_tally_removed();
