-- Published versions of the manifesto and the sector papers. Publishing freezes what the outputs
-- are built from (pointers, texts, themes and their statements, vote lines, outcomes) as version
-- N of the event; the public pages and exports read the latest, later edits are a draft until
-- published again, and every version stays readable.
CREATE TABLE manifesto_versions (
  id INTEGER PRIMARY KEY,
  event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  number INTEGER NOT NULL CHECK (number >= 1),
  published_at TEXT NOT NULL,
  published_by INTEGER REFERENCES participants (id) ON DELETE SET NULL,
  -- the ManifestoInput as it stood, as JSON
  input_json TEXT NOT NULL CHECK (json_valid(input_json)),
  -- what changed since the version before, in the facilitators' words (shown with the version)
  change_note TEXT NOT NULL DEFAULT '',
  UNIQUE (event_id, number)
);
