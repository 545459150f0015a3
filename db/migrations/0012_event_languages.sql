-- The languages of an event (BCP 47 language codes, as a JSON array; empty: not set) and its
-- working language, in which the themes are grouped and the plenary decides.
ALTER TABLE events ADD COLUMN languages TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(languages));
ALTER TABLE events ADD COLUMN working_language TEXT;
