-- The event's own text in its other languages: the event's name and description, sector names,
-- theme titles, section titles, pointer titles and texts, action plans. A translation names the
-- original it was made from (`source`): once the original changes it is out of date and is not
-- shown, and a published version shows the translations of its own words. `ref_id` is the row of
-- its kind (0 for the event itself); a translation outlives its row, so a published version that
-- still holds the row keeps its translation.
CREATE TABLE content_translations (
  event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('event', 'sector', 'theme', 'section', 'pointer', 'action')),
  ref_id INTEGER NOT NULL CHECK (ref_id >= 0),
  field TEXT NOT NULL CHECK (field IN ('name', 'description', 'label', 'title', 'body')),
  lang TEXT NOT NULL,
  source TEXT NOT NULL,
  text TEXT NOT NULL,
  origin TEXT NOT NULL CHECK (origin IN ('person', 'machine')),
  written_by INTEGER REFERENCES participants (id) ON DELETE SET NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (event_id, kind, ref_id, field, lang)
);
