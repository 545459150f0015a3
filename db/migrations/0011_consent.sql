-- Rapporteurs' consent: a rapporteur answers a curation step that changed the theme of their
-- sector's statements (agree, or object with a reason), or flags a theme that misrepresents one
-- of their statements; a facilitator keeps the decision (overriding the objection) or revisits it.

CREATE TABLE consents (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  -- the sector that answers (one answer per sector and step, whoever holds its link)
  sector_id INTEGER NOT NULL REFERENCES sectors (id) ON DELETE CASCADE,
  participant_id INTEGER REFERENCES participants (id) ON DELETE SET NULL,
  -- the curation step answered; NULL for a flag, which answers a theme as it is
  change_id INTEGER REFERENCES change_log (id) ON DELETE CASCADE,
  -- for a flag: the theme and the statement it misrepresents. No foreign key to themes: a merge
  -- deletes a theme and undo brings it back under the same id.
  theme_id INTEGER,
  statement_id INTEGER REFERENCES statements (id) ON DELETE CASCADE,
  verdict TEXT NOT NULL CHECK (verdict IN ('agree', 'object', 'misrepresents')),
  reason TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  resolution TEXT CHECK (resolution IN ('kept', 'revisited')),
  resolved_by INTEGER REFERENCES participants (id) ON DELETE SET NULL,
  resolved_at TEXT,
  CHECK ((change_id IS NULL) = (verdict = 'misrepresents')),
  CHECK ((verdict = 'misrepresents') = (theme_id IS NOT NULL AND statement_id IS NOT NULL)),
  CHECK ((resolution IS NULL) = (resolved_at IS NULL)),
  CHECK (resolution IS NULL OR verdict <> 'agree')
);
-- one answer per sector and step: agreeing and objecting replace each other until it is resolved
CREATE UNIQUE INDEX consents_step_sector ON consents (change_id, sector_id) WHERE change_id IS NOT NULL;
-- one open flag per sector, theme and statement; once resolved, the sector may flag it again
CREATE UNIQUE INDEX consents_open_flag ON consents (sector_id, theme_id, statement_id)
  WHERE verdict = 'misrepresents' AND resolution IS NULL;
CREATE INDEX consents_event ON consents (event_id, resolution);
