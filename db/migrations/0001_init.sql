-- Converge schema, version 1.
-- Plain SQL on purpose: a PostgreSQL back end can translate it one table at a time.
-- Times are ISO-8601 UTC strings written by the application.

CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  slug TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  place TEXT NOT NULL DEFAULT '',
  starts_on TEXT,
  ends_on TEXT,
  phase TEXT NOT NULL DEFAULT 'setup'
    CHECK (phase IN ('setup', 'breakouts', 'convergence', 'voting', 'manifesto', 'closed')),
  -- lets rapporteurs write outside the breakout phase; cleared on every phase change
  submissions_reopened INTEGER NOT NULL DEFAULT 0 CHECK (submissions_reopened IN (0, 1)),
  is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE sectors (
  id INTEGER PRIMARY KEY,
  event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  colour TEXT NOT NULL,
  position INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (event_id, name)
);

-- Capability links: the facilitator link, rapporteur links and the participant join code.
-- Only a hash of each secret is stored.
CREATE TABLE access_links (
  id INTEGER PRIMARY KEY,
  event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('facilitator', 'rapporteur', 'participant')),
  sector_id INTEGER REFERENCES sectors (id) ON DELETE CASCADE,
  token_hash TEXT NOT NULL UNIQUE,
  nonce TEXT NOT NULL,
  label TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  revoked_at TEXT,
  last_used_at TEXT,
  CHECK ((role = 'rapporteur') = (sector_id IS NOT NULL))
);
CREATE INDEX access_links_event ON access_links (event_id, role);

-- Everyone who opened a link: one row per browser session.
CREATE TABLE participants (
  id INTEGER PRIMARY KEY,
  event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('facilitator', 'rapporteur', 'participant')),
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
CREATE INDEX participants_event ON participants (event_id, role);

CREATE TABLE statements (
  id INTEGER PRIMARY KEY,
  event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  sector_id INTEGER NOT NULL REFERENCES sectors (id),
  title TEXT NOT NULL DEFAULT '',
  text TEXT NOT NULL,
  lang TEXT,
  author_id INTEGER REFERENCES participants (id) ON DELETE SET NULL,
  source TEXT NOT NULL DEFAULT 'form' CHECK (source IN ('form', 'paste', 'csv', 'demo', 'import')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  withdrawn_at TEXT,
  withdrawn_by INTEGER REFERENCES participants (id) ON DELETE SET NULL
);
CREATE INDEX statements_event_sector ON statements (event_id, sector_id, created_at);

CREATE TABLE themes (
  id INTEGER PRIMARY KEY,
  event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  label TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'proposed'
    CHECK (status IN ('proposed', 'accepted', 'locked', 'discarded')),
  origin TEXT NOT NULL DEFAULT 'engine' CHECK (origin IN ('engine', 'manual')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX themes_event ON themes (event_id, status);

-- Many-to-many: a cross-cutting statement may sit in two themes.
CREATE TABLE theme_members (
  theme_id INTEGER NOT NULL REFERENCES themes (id) ON DELETE CASCADE,
  statement_id INTEGER NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
  similarity REAL,
  shared_terms TEXT NOT NULL DEFAULT '[]',
  created_at TEXT NOT NULL,
  PRIMARY KEY (theme_id, statement_id)
);
CREATE INDEX theme_members_statement ON theme_members (statement_id);

CREATE TABLE rounds (
  id INTEGER PRIMARY KEY,
  event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  method TEXT NOT NULL CHECK (method IN ('dot', 'approval', 'consent')),
  -- method settings (dots per person, per theme, priority signal, timer) as JSON text
  settings TEXT NOT NULL DEFAULT '{}',
  results_visibility TEXT NOT NULL DEFAULT 'on_close' CHECK (results_visibility IN ('live', 'on_close')),
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'open', 'closed')),
  opened_at TEXT,
  closes_at TEXT,
  closed_at TEXT,
  created_at TEXT NOT NULL
);

CREATE TABLE round_themes (
  round_id INTEGER NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
  theme_id INTEGER NOT NULL REFERENCES themes (id),
  position INTEGER NOT NULL,
  PRIMARY KEY (round_id, theme_id)
);

-- One ballot per participant per round, enforced here and not only by the page.
CREATE TABLE ballots (
  id INTEGER PRIMARY KEY,
  round_id INTEGER NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
  participant_id INTEGER NOT NULL REFERENCES participants (id),
  is_proxy INTEGER NOT NULL DEFAULT 0 CHECK (is_proxy IN (0, 1)),
  recorded_by INTEGER REFERENCES participants (id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (round_id, participant_id)
);

CREATE TABLE ballot_entries (
  ballot_id INTEGER NOT NULL REFERENCES ballots (id) ON DELETE CASCADE,
  theme_id INTEGER NOT NULL REFERENCES themes (id),
  value INTEGER NOT NULL,
  priority INTEGER NOT NULL DEFAULT 0 CHECK (priority IN (0, 1)),
  reason TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (ballot_id, theme_id)
);

CREATE TABLE pointers (
  id INTEGER PRIMARY KEY,
  event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  section TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL,
  body TEXT NOT NULL DEFAULT '',
  position INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE pointer_themes (
  pointer_id INTEGER NOT NULL REFERENCES pointers (id) ON DELETE CASCADE,
  theme_id INTEGER NOT NULL REFERENCES themes (id),
  round_id INTEGER REFERENCES rounds (id),
  PRIMARY KEY (pointer_id, theme_id)
);

-- Append-only record of every change: who, when, what, before and after.
-- Undo and audit stand on it, so rows are never updated or deleted.
CREATE TABLE change_log (
  id INTEGER PRIMARY KEY,
  event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  actor_id INTEGER REFERENCES participants (id) ON DELETE SET NULL,
  actor_role TEXT NOT NULL,
  at TEXT NOT NULL,
  action TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id INTEGER,
  before_json TEXT,
  after_json TEXT
);
CREATE INDEX change_log_event ON change_log (event_id, id);

CREATE TRIGGER change_log_no_update BEFORE UPDATE OF id, event_id, actor_role, at, action, entity, entity_id, before_json, after_json ON change_log
BEGIN
  SELECT RAISE(ABORT, 'change_log is append-only');
END;
