-- Every column that holds one of a Java enum's values accepts those values and no other, so a typo in a statement or
-- a value an older version never knew fails at the write instead of surfacing later as a row no reader understands.
-- Each list is the enum's constants (named after each constraint); EnumConstraintsIntegrationTests compares the two,
-- so a constant added in Java needs a migration that widens its constraint.
--
-- They are added NOT VALID: adding one is then instant, without the scan under an exclusive lock that would stop the
-- ledger's writes for as long as a table of millions of rows takes to read; V29 validates them with writes going on.
--
-- delivery has no foreign keys, by design, not by oversight. alert_id: the fan-out writes the ledger from the record
-- on Kafka and never reads the alert table, which belongs to broadcast. subscriber_id: when a citizen deletes their
-- enrollment the subscriber row goes (erasure), while the ledger keeps its rows, without the contact point, so that
-- every alert's counts stay true (SubscriberErasure); a key would cascade those rows away or refuse the erasure.
-- And at millions of rows per large alert, checking a key on every insert of the fan-out's page would cost more than
-- it protects: only the fan-out inserts, with ids it has just read.

ALTER TABLE delivery ADD CONSTRAINT delivery_status_known
  CHECK (status IN ('QUEUED', 'SENDING', 'SENT', 'DELIVERED', 'UNDELIVERED', 'FAILED', 'CANCELLED')) NOT VALID;
ALTER TABLE delivery ADD CONSTRAINT delivery_channel_known CHECK (channel IN ('EMAIL', 'SMS')) NOT VALID;
ALTER TABLE provider_status ADD CONSTRAINT provider_status_status_known
  CHECK (status IN ('DELIVERED', 'UNDELIVERED', 'FAILED')) NOT VALID;

ALTER TABLE alert ADD CONSTRAINT alert_status_known
  CHECK (status IN ('ISSUED', 'PENDING_REVIEW', 'WITHDRAWN', 'DISCARDED', 'PENDING_APPROVAL', 'REJECTED', 'CANCELLED')) NOT VALID;
ALTER TABLE alert ADD CONSTRAINT alert_severity_known CHECK (severity IN ('EXTREME', 'SEVERE', 'MODERATE', 'MINOR')) NOT VALID;
ALTER TABLE alert ADD CONSTRAINT alert_type_known
  CHECK (type IN ('SECURITY_ALERT', 'HEALTH_ALERT', 'WEATHER_ALERT', 'DEMONSTRATION_ALERT', 'TRAVEL_ADVISORY', 'MESSAGE')) NOT VALID;
-- origin has no enum: Alert.origin() names the two.
ALTER TABLE alert ADD CONSTRAINT alert_origin_known CHECK (origin IN ('STAFF', 'ADVISORY_FEED')) NOT VALID;
ALTER TABLE alert ADD CONSTRAINT alert_approval_reason_known
  CHECK (approval_reason IN ('EXTREME_SEVERITY', 'LARGE_AUDIENCE')) NOT VALID;
ALTER TABLE alert ADD CONSTRAINT alert_channels_known CHECK (channels <@ ARRAY['EMAIL', 'SMS']) NOT VALID;
ALTER TABLE alert ADD CONSTRAINT alert_advisory_posture_known
  CHECK (advisory_posture IN ('NONE', 'AUTHORIZED_DEPARTURE', 'ORDERED_DEPARTURE')) NOT VALID;

ALTER TABLE advisory ADD CONSTRAINT advisory_posture_known
  CHECK (posture IN ('NONE', 'AUTHORIZED_DEPARTURE', 'ORDERED_DEPARTURE')) NOT VALID;
ALTER TABLE advisory ADD CONSTRAINT advisory_indicators_known
  CHECK (indicators <@ ARRAY['C', 'T', 'U', 'H', 'N', 'E', 'K', 'D', 'O']) NOT VALID;
ALTER TABLE advisory_version ADD CONSTRAINT advisory_version_posture_known
  CHECK (posture IN ('NONE', 'AUTHORIZED_DEPARTURE', 'ORDERED_DEPARTURE')) NOT VALID;
ALTER TABLE advisory_version ADD CONSTRAINT advisory_version_indicators_known
  CHECK (indicators <@ ARRAY['C', 'T', 'U', 'H', 'N', 'E', 'K', 'D', 'O']) NOT VALID;
ALTER TABLE advisory_announcement ADD CONSTRAINT advisory_announcement_posture_known
  CHECK (posture IN ('NONE', 'AUTHORIZED_DEPARTURE', 'ORDERED_DEPARTURE')) NOT VALID;

ALTER TABLE subscriber ADD CONSTRAINT subscriber_channels_known CHECK (channels <@ ARRAY['EMAIL', 'SMS']) NOT VALID;
ALTER TABLE contact_challenge ADD CONSTRAINT contact_challenge_purpose_known
  CHECK (purpose IN ('VERIFY_EMAIL', 'VERIFY_PHONE', 'SIGN_IN')) NOT VALID;

ALTER TABLE staff_member ADD CONSTRAINT staff_member_roles_known CHECK (roles <@ ARRAY['OFFICER', 'APPROVER', 'ADMIN']) NOT VALID;
-- Adding a check reads the audit log's rows but changes none, so its append-only trigger does not object.
ALTER TABLE staff_audit ADD CONSTRAINT staff_audit_action_known
  CHECK (action IN ('ISSUE', 'SUBMIT_FOR_APPROVAL', 'APPROVE', 'REJECT', 'APPROVE_REVIEW', 'DISCARD', 'UPDATE', 'CANCEL',
                    'SIGN_IN', 'SIGN_OUT', 'ACCOUNT_CREATE', 'ACCOUNT_CHANGE', 'ACCOUNT_DISABLE', 'ACCOUNT_ENABLE',
                    'PASSWORD_RESET', 'POST_CREATE', 'POST_CHANGE', 'FEED_READ')) NOT VALID;
