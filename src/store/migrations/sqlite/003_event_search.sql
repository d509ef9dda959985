-- A trigram index over the reports' evidence (already in lower case), so `q` finds a substring of
-- three characters or more without scanning every row. It indexes situation_event_data by rowid
-- and follows it through triggers (nothing VACUUMs the store, which could renumber those rowids).
CREATE VIRTUAL TABLE situation_search USING fts5(search, content='situation_event_data', content_rowid='rowid', tokenize='trigram');
CREATE TRIGGER situation_search_insert AFTER INSERT ON situation_event_data BEGIN
  INSERT INTO situation_search (rowid, search) VALUES (new.rowid, new.search);
END;
CREATE TRIGGER situation_search_delete AFTER DELETE ON situation_event_data BEGIN
  INSERT INTO situation_search (situation_search, rowid, search) VALUES ('delete', old.rowid, old.search);
END;
INSERT INTO situation_search (situation_search) VALUES ('rebuild');
