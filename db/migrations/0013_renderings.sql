-- A statement's rendering in the event's working language: written by a person (its rapporteur,
-- a facilitator) or drafted by machine translation (Apertium) for a person to check. The engine
-- groups on the rendering where one exists, so statements group by topic, not by language; the
-- original stays what the statement says.
CREATE TABLE statement_renderings (
  statement_id INTEGER NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
  lang TEXT NOT NULL,
  title TEXT NOT NULL DEFAULT '',
  text TEXT NOT NULL,
  origin TEXT NOT NULL CHECK (origin IN ('person', 'machine')),
  written_by INTEGER REFERENCES participants (id) ON DELETE SET NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (statement_id, lang)
);
