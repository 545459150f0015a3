-- Closed sessions of an event (a day, a morning, any named part). Closing one keeps a snapshot of
-- the statements, themes, votes and pointers as they stood, and the last change recorded before
-- it, so that a "since" view can list, in order, every change made after.
CREATE TABLE closed_sessions (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  number INTEGER NOT NULL CHECK (number >= 1),
  name TEXT NOT NULL,
  closed_at TEXT NOT NULL,
  closed_by INTEGER REFERENCES participants (id) ON DELETE SET NULL,
  -- the id of the event's last change_log row at the close (0 when there was none)
  last_change_id INTEGER NOT NULL CHECK (last_change_id >= 0),
  -- what stood at the close, as JSON (see SessionSnapshot in src/lib/domain/since.ts)
  snapshot_json TEXT NOT NULL CHECK (json_valid(snapshot_json)),
  UNIQUE (event_id, number)
);
