-- A post whose administrator requires a second factor: its staff who sign in with a password must also give a code
-- from their authenticator app (or a recovery code) before any staff page; a passkey counts as both factors.
ALTER TABLE post ADD COLUMN second_factor_required BOOLEAN NOT NULL DEFAULT false;
