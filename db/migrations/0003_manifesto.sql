-- The manifesto: sections and their order, pointer texts, action plans, where every statement
-- ended up, who raised each statement, and whether the outcome is public.

-- Sections of the manifesto ("Data", "Techno-structures"), ordered by hand.
CREATE TABLE manifesto_sections (
  id INTEGER PRIMARY KEY,
  event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  position INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX manifesto_sections_event ON manifesto_sections (event_id, position);

-- A pointer sits in a section (or in none: "unsorted"); the old free-text column goes.
ALTER TABLE pointers DROP COLUMN section;
ALTER TABLE pointers ADD COLUMN section_id INTEGER REFERENCES manifesto_sections (id) ON DELETE SET NULL;
CREATE INDEX pointers_event ON pointers (event_id, position);

-- What an organisation commits to doing about a pointer.
CREATE TABLE pointer_actions (
  id INTEGER PRIMARY KEY,
  pointer_id INTEGER NOT NULL REFERENCES pointers (id) ON DELETE CASCADE,
  description TEXT NOT NULL,
  organisation TEXT NOT NULL DEFAULT '',
  timeline TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'in_progress', 'done', 'dropped')),
  position INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX pointer_actions_pointer ON pointer_actions (pointer_id, position);

-- A statement that reached no pointer is kept for its sector's issue paper only, or parked with a reason.
-- Statements behind a pointer need no row: that is worked out from the themes.
CREATE TABLE statement_outcomes (
  statement_id INTEGER PRIMARY KEY REFERENCES statements (id) ON DELETE CASCADE,
  event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  outcome TEXT NOT NULL CHECK (outcome IN ('paper', 'parked')),
  reason TEXT NOT NULL DEFAULT '',
  decided_by INTEGER REFERENCES participants (id) ON DELETE SET NULL,
  decided_at TEXT NOT NULL,
  CHECK (outcome = 'paper' OR length(reason) > 0)
);
CREATE INDEX statement_outcomes_event ON statement_outcomes (event_id);

-- Who raised a statement in the breakout: a sectoral actor or a digital activist (optional).
ALTER TABLE statements ADD COLUMN actor_type TEXT CHECK (actor_type IN ('sectoral', 'digital'));

-- Set when the facilitator publishes the manifesto to everyone with the event's address.
ALTER TABLE events ADD COLUMN manifesto_published_at TEXT;
