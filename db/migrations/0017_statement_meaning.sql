-- Sentence vectors of statements ("meaning"), which the theme engine uses beside their words
-- (src/lib/server/meaning). A vector belongs to the text it was made from: `text_key` is a hash of
-- the model and the exact text the engine read (the statement, or its rendering in the working
-- language), so an edited statement or a new rendering is embedded again. Derived data: an event's
-- export leaves it out, and deleting a statement deletes its vector.
CREATE TABLE statement_meaning (
  statement_id INTEGER PRIMARY KEY REFERENCES statements (id) ON DELETE CASCADE,
  text_key TEXT NOT NULL,
  vector BLOB NOT NULL
);
