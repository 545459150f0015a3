-- What the theme engine says about each theme, and who put each statement where.

ALTER TABLE themes ADD COLUMN key_phrases TEXT NOT NULL DEFAULT '[]';
ALTER TABLE themes ADD COLUMN representative_id INTEGER REFERENCES statements (id) ON DELETE SET NULL;
ALTER TABLE themes ADD COLUMN cross_sector REAL NOT NULL DEFAULT 0;
ALTER TABLE themes ADD COLUMN cohesion REAL NOT NULL DEFAULT 0;
-- bumped on every change, so that an action on a stale view is refused instead of applied
ALTER TABLE themes ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

-- 'engine' when the proposal put the statement there, 'manual' when a facilitator did
ALTER TABLE theme_members ADD COLUMN origin TEXT NOT NULL DEFAULT 'engine' CHECK (origin IN ('engine', 'manual'));
