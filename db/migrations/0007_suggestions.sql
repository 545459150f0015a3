-- The floor's suggestions: a participant proposes on their phone that two themes say the same
-- thing; others add their support; a facilitator applies (merges) or dismisses it.

CREATE TABLE suggestions (
  id INTEGER PRIMARY KEY,
  event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  -- the pair with the smaller id first, so "A and B" and "B and A" are one suggestion. No foreign
  -- key to themes: a merge deletes a theme and undo brings it back under the same id, and a
  -- suggestion whose theme is gone is stale, not lost.
  theme_low INTEGER NOT NULL,
  theme_high INTEGER NOT NULL,
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'applied', 'dismissed')),
  created_by INTEGER REFERENCES participants (id) ON DELETE SET NULL,
  created_at TEXT NOT NULL,
  resolved_by INTEGER REFERENCES participants (id) ON DELETE SET NULL,
  resolved_at TEXT,
  CHECK (theme_low < theme_high),
  CHECK ((status = 'open') = (resolved_at IS NULL))
);
-- one open suggestion per pair; once resolved, the floor may raise the same pair again
CREATE UNIQUE INDEX suggestions_open_pair ON suggestions (event_id, theme_low, theme_high)
  WHERE status = 'open';

-- Who supports a suggestion: one row per person, so the count is the number of rows.
CREATE TABLE suggestion_supporters (
  suggestion_id INTEGER NOT NULL REFERENCES suggestions (id) ON DELETE CASCADE,
  participant_id INTEGER NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
  created_at TEXT NOT NULL,
  PRIMARY KEY (suggestion_id, participant_id)
);
