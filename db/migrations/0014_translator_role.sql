-- Interpreters join by a translator link of their own, to write statements' renderings in the
-- working language. SQLite cannot alter a CHECK, so access_links and participants are rebuilt with
-- 'translator' among their roles: each new table is filled from the old one (ids kept), the old one
-- dropped and the new one renamed, its indexes made again. The migrator turns foreign keys off
-- while a migration runs (dropping a table would otherwise clear or cascade every row that points
-- at it) and checks them all before the migration commits. The tables that point at these two keep
-- pointing at them by name, so they need no change.

CREATE TABLE access_links_next (
  id INTEGER PRIMARY KEY,
  event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('facilitator', 'rapporteur', 'participant', 'translator')),
  sector_id INTEGER REFERENCES sectors (id) ON DELETE CASCADE,
  token_hash TEXT NOT NULL UNIQUE,
  nonce TEXT NOT NULL,
  label TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  revoked_at TEXT,
  last_used_at TEXT,
  CHECK ((role = 'rapporteur') = (sector_id IS NOT NULL))
);
INSERT INTO access_links_next (id, event_id, role, sector_id, token_hash, nonce, label, created_at, revoked_at, last_used_at)
  SELECT id, event_id, role, sector_id, token_hash, nonce, label, created_at, revoked_at, last_used_at
  FROM access_links;

-- Everyone who opened a link: one row per browser session.
CREATE TABLE participants_next (
  id INTEGER PRIMARY KEY,
  event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('facilitator', 'rapporteur', 'participant', 'translator')),
  -- the sector a rapporteur speaks for
  sector_id INTEGER REFERENCES sectors (id) ON DELETE SET NULL,
  -- what a participant declares about themselves (optional)
  declared_sector_id INTEGER REFERENCES sectors (id) ON DELETE SET NULL,
  actor_type TEXT CHECK (actor_type IN ('sectoral', 'digital')),
  display_name TEXT NOT NULL DEFAULT '',
  link_id INTEGER REFERENCES access_links (id) ON DELETE SET NULL,
  session_hash TEXT UNIQUE,
  created_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL
);
INSERT INTO participants_next (id, event_id, role, sector_id, declared_sector_id, actor_type, display_name, link_id, session_hash, created_at, last_seen_at)
  SELECT id, event_id, role, sector_id, declared_sector_id, actor_type, display_name, link_id, session_hash, created_at, last_seen_at
  FROM participants;

DROP TABLE participants;
DROP TABLE access_links;
ALTER TABLE access_links_next RENAME TO access_links;
ALTER TABLE participants_next RENAME TO participants;

CREATE INDEX access_links_event ON access_links (event_id, role);
CREATE INDEX participants_event ON participants (event_id, role);
