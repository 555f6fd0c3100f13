-- A citizen's consent that their emergency contact be told, by one SMS, when they answer a check-in "safe". Off
-- unless the citizen asks; it needs the contact's phone, which the database holds it to as well as the API.
ALTER TABLE subscriber ADD COLUMN relay_safe_to_contact BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE subscriber ADD CONSTRAINT subscriber_relay_needs_contact_phone
  CHECK (NOT relay_safe_to_contact OR emergency_contact_phone IS NOT NULL);
