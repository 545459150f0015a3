-- A theme a person has touched (renamed, described, moved into or out of, merged, split, linked,
-- created, accepted, locked or discarded) keeps what the person did when the engine proposes
-- again. Set by every curation step but the engine's own proposal; undo puts the earlier value back.
ALTER TABLE themes ADD COLUMN edited INTEGER NOT NULL DEFAULT 0 CHECK (edited IN (0, 1));

-- Themes touched before this column existed: whatever their rows still show of a person's hand.
UPDATE themes SET edited = 1
WHERE origin = 'manual'
   OR status IN ('accepted', 'locked')
   OR description <> ''
   OR id IN (SELECT theme_id FROM theme_members WHERE origin = 'manual')
   OR id IN (
     SELECT CAST(j.key AS INTEGER) FROM change_log c, json_each(c.after_json) j
     WHERE c.entity = 'themes' AND c.action NOT IN ('themes.propose', 'themes.undo', 'themes.redo')
       AND json_valid(c.after_json)
   );
