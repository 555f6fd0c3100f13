-- Someone the citizen wants the embassy to be able to reach about them (optional): a name and an E.164 number.
ALTER TABLE subscriber ADD COLUMN emergency_contact_name TEXT;
ALTER TABLE subscriber ADD COLUMN emergency_contact_phone TEXT;
