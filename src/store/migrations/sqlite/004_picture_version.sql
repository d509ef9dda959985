-- The picture's version, moved by every replacement of the picture: a process that holds the
-- events' filter index in memory (src/store/event-index.ts) reloads it when this changes,
-- whichever process wrote.
CREATE TABLE picture_version (
  id      INTEGER PRIMARY KEY,
  version INTEGER NOT NULL
);
INSERT INTO picture_version (id, version) VALUES (1, 0);
-- The evidence searched moves to the narrow rows, which the index reads whole; the index answers
-- the search, so the trigram index goes.
ALTER TABLE situation_events ADD COLUMN search TEXT NOT NULL DEFAULT '';
UPDATE situation_events SET search = d.search FROM situation_event_data d WHERE d.id = situation_events.id;
DROP TRIGGER situation_search_insert;
DROP TRIGGER situation_search_delete;
DROP TABLE situation_search;
ALTER TABLE situation_event_data DROP COLUMN search;
