-- What the presenter screen of an event shows, as the facilitator set it: the view, the round
-- (for the round view), the page of a view too long for one screen, and the high-contrast theme.
-- One row per event, created the first time a facilitator sets it; no row reads as the join view.
CREATE TABLE presenter (
  event_id INTEGER PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
  view TEXT NOT NULL DEFAULT 'join'
    CHECK (view IN ('join', 'board', 'grid', 'round', 'coverage', 'manifesto')),
  round_id INTEGER REFERENCES rounds (id) ON DELETE SET NULL,
  page INTEGER NOT NULL DEFAULT 0 CHECK (page >= 0),
  high_contrast INTEGER NOT NULL DEFAULT 0 CHECK (high_contrast IN (0, 1)),
  updated_at TEXT NOT NULL
);
