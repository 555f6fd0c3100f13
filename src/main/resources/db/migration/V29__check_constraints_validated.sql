-- Checks the rows that were there before V28's constraints, which new and changed rows already meet. Validating
-- takes a lock that lets the fan-out and the workers go on writing while the rows are read.
ALTER TABLE delivery VALIDATE CONSTRAINT delivery_status_known;
ALTER TABLE delivery VALIDATE CONSTRAINT delivery_channel_known;
ALTER TABLE provider_status VALIDATE CONSTRAINT provider_status_status_known;
ALTER TABLE alert VALIDATE CONSTRAINT alert_status_known;
ALTER TABLE alert VALIDATE CONSTRAINT alert_severity_known;
ALTER TABLE alert VALIDATE CONSTRAINT alert_type_known;
ALTER TABLE alert VALIDATE CONSTRAINT alert_origin_known;
ALTER TABLE alert VALIDATE CONSTRAINT alert_approval_reason_known;
ALTER TABLE alert VALIDATE CONSTRAINT alert_channels_known;
ALTER TABLE alert VALIDATE CONSTRAINT alert_advisory_posture_known;
ALTER TABLE advisory VALIDATE CONSTRAINT advisory_posture_known;
ALTER TABLE advisory VALIDATE CONSTRAINT advisory_indicators_known;
ALTER TABLE advisory_version VALIDATE CONSTRAINT advisory_version_posture_known;
ALTER TABLE advisory_version VALIDATE CONSTRAINT advisory_version_indicators_known;
ALTER TABLE advisory_announcement VALIDATE CONSTRAINT advisory_announcement_posture_known;
ALTER TABLE subscriber VALIDATE CONSTRAINT subscriber_channels_known;
ALTER TABLE contact_challenge VALIDATE CONSTRAINT contact_challenge_purpose_known;
ALTER TABLE staff_member VALIDATE CONSTRAINT staff_member_roles_known;
ALTER TABLE staff_audit VALIDATE CONSTRAINT staff_audit_action_known;
