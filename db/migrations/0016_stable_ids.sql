-- Ids that are never reused. Themes, pointers, manifesto sections and action plans were keyed by
-- INTEGER PRIMARY KEY alone, which hands a new row the highest id plus one: a theme deleted at the
-- top (replaced by a new proposal, merged away) gave its id to the next theme made in any event, so
-- a step posted against the old theme changed the new one, and undo, which brings a deleted row
-- back under its own id, collided with it. With AUTOINCREMENT an id is never handed out twice.
--
-- SQLite cannot add AUTOINCREMENT to a table, so the four are rebuilt as 0014 rebuilt two: each
-- new table is filled from the old one (ids and every column kept, in the same order), the old one
-- dropped and the new one renamed, its indexes made again. The migrator turns foreign keys off
-- while a migration runs (dropping a table would otherwise cascade or refuse on every row that
-- points at it: members, round themes, ballot entries, pointer themes, actions) and checks every
-- reference before the migration commits. The tables that point at these keep pointing at them by
-- name, so they need no change.
--
-- Each counter then starts above every id the table ever gave out that anything may still name:
-- the rows there are, and the ids in the change log (undo brings those back), in suggestions and
-- consents (which name themes without a foreign key) and in translations.

CREATE TABLE themes_next (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  label TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'proposed'
    CHECK (status IN ('proposed', 'accepted', 'locked', 'discarded')),
  origin TEXT NOT NULL DEFAULT 'engine' CHECK (origin IN ('engine', 'manual')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  key_phrases TEXT NOT NULL DEFAULT '[]',
  representative_id INTEGER REFERENCES statements (id) ON DELETE SET NULL,
  cross_sector REAL NOT NULL DEFAULT 0,
  cohesion REAL NOT NULL DEFAULT 0,
  -- bumped on every change, so that an action on a stale view is refused instead of applied
  version INTEGER NOT NULL DEFAULT 1,
  edited INTEGER NOT NULL DEFAULT 0 CHECK (edited IN (0, 1))
);
INSERT INTO themes_next (id, event_id, label, description, status, origin, created_at, updated_at, key_phrases, representative_id, cross_sector, cohesion, version, edited)
  SELECT id, event_id, label, description, status, origin, created_at, updated_at, key_phrases, representative_id, cross_sector, cohesion, version, edited
  FROM themes;

CREATE TABLE manifesto_sections_next (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  position INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
INSERT INTO manifesto_sections_next (id, event_id, title, position, created_at, updated_at)
  SELECT id, event_id, title, position, created_at, updated_at FROM manifesto_sections;

CREATE TABLE pointers_next (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  body TEXT NOT NULL DEFAULT '',
  position INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  section_id INTEGER REFERENCES manifesto_sections (id) ON DELETE SET NULL
);
INSERT INTO pointers_next (id, event_id, title, body, position, created_at, updated_at, section_id)
  SELECT id, event_id, title, body, position, created_at, updated_at, section_id FROM pointers;

CREATE TABLE pointer_actions_next (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  pointer_id INTEGER NOT NULL REFERENCES pointers (id) ON DELETE CASCADE,
  description TEXT NOT NULL,
  organisation TEXT NOT NULL DEFAULT '',
  timeline TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'in_progress', 'done', 'dropped')),
  position INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
INSERT INTO pointer_actions_next (id, pointer_id, description, organisation, timeline, status, position, created_at, updated_at)
  SELECT id, pointer_id, description, organisation, timeline, status, position, created_at, updated_at
  FROM pointer_actions;

DROP TABLE pointer_actions;
DROP TABLE pointers;
DROP TABLE manifesto_sections;
DROP TABLE themes;
ALTER TABLE themes_next RENAME TO themes;
ALTER TABLE manifesto_sections_next RENAME TO manifesto_sections;
ALTER TABLE pointers_next RENAME TO pointers;
ALTER TABLE pointer_actions_next RENAME TO pointer_actions;

CREATE INDEX themes_event ON themes (event_id, status);
CREATE INDEX manifesto_sections_event ON manifesto_sections (event_id, position);
CREATE INDEX pointers_event ON pointers (event_id, position);
CREATE INDEX pointer_actions_pointer ON pointer_actions (pointer_id, position);

-- Every id the change log names: theme steps key their snapshots by theme id ("27"), manifesto
-- edits by kind and id ("pointer:27"); undo and redo entries ({"step": 12}) read as 0.
CREATE TEMP TABLE logged_ids AS
  SELECT c.entity AS entity, j.key AS key
  FROM change_log c,
    json_each(CASE WHEN json_valid(c.before_json) AND json_type(c.before_json) = 'object'
                   THEN c.before_json ELSE '{}' END) j
  WHERE c.entity IN ('themes', 'manifesto')
  UNION ALL
  SELECT c.entity, j.key
  FROM change_log c,
    json_each(CASE WHEN json_valid(c.after_json) AND json_type(c.after_json) = 'object'
                   THEN c.after_json ELSE '{}' END) j
  WHERE c.entity IN ('themes', 'manifesto');

-- The highest id of one kind of manifesto row named by the log ("pointer:27" → 27).
CREATE TEMP VIEW logged_manifesto_ids AS
  SELECT substr(key, 1, instr(key, ':') - 1) AS kind,
         CAST(substr(key, instr(key, ':') + 1) AS INTEGER) AS id
  FROM logged_ids WHERE entity = 'manifesto' AND instr(key, ':') > 0;

DELETE FROM sqlite_sequence
  WHERE name IN ('themes', 'manifesto_sections', 'pointers', 'pointer_actions');

INSERT INTO sqlite_sequence (name, seq) SELECT 'themes', MAX(
  COALESCE((SELECT MAX(id) FROM themes), 0),
  COALESCE((SELECT MAX(CAST(key AS INTEGER)) FROM logged_ids WHERE entity = 'themes'), 0),
  COALESCE((SELECT MAX(entity_id) FROM change_log WHERE entity = 'themes'), 0),
  COALESCE((SELECT MAX(theme_high) FROM suggestions), 0),
  COALESCE((SELECT MAX(theme_id) FROM consents), 0),
  COALESCE((SELECT MAX(ref_id) FROM content_translations WHERE kind = 'theme'), 0));

INSERT INTO sqlite_sequence (name, seq) SELECT 'manifesto_sections', MAX(
  COALESCE((SELECT MAX(id) FROM manifesto_sections), 0),
  COALESCE((SELECT MAX(id) FROM logged_manifesto_ids WHERE kind = 'section'), 0),
  COALESCE((SELECT MAX(ref_id) FROM content_translations WHERE kind = 'section'), 0));

INSERT INTO sqlite_sequence (name, seq) SELECT 'pointers', MAX(
  COALESCE((SELECT MAX(id) FROM pointers), 0),
  COALESCE((SELECT MAX(id) FROM logged_manifesto_ids WHERE kind = 'pointer'), 0),
  COALESCE((SELECT MAX(entity_id) FROM change_log WHERE entity = 'pointer'), 0),
  COALESCE((SELECT MAX(ref_id) FROM content_translations WHERE kind = 'pointer'), 0));

INSERT INTO sqlite_sequence (name, seq) SELECT 'pointer_actions', MAX(
  COALESCE((SELECT MAX(id) FROM pointer_actions), 0),
  COALESCE((SELECT MAX(id) FROM logged_manifesto_ids WHERE kind = 'action'), 0),
  COALESCE((SELECT MAX(ref_id) FROM content_translations WHERE kind = 'action'), 0));

DROP VIEW logged_manifesto_ids;
DROP TABLE logged_ids;
