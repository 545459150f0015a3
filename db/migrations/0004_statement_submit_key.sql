-- The key a statement form carries (a fresh random one per form shown), stored with what it
-- posted: a refresh or a double tap that posts the same form again finds the statement already
-- stored instead of storing it twice. Statements from batches, the demo or an event file have none,
-- and NULLs never clash in a unique index.
ALTER TABLE statements ADD COLUMN submit_key TEXT;
CREATE UNIQUE INDEX statements_submit_key ON statements (event_id, submit_key);
