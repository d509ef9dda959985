-- Sitrep store, schema 1 (PostgreSQL). Keep in step with ../sqlite/001_init.sql: one logical schema.
-- JSON is kept as TEXT and timestamps as ISO 8601 TEXT on both engines, so one SQL layer serves both.

CREATE TABLE articles (
  id          TEXT PRIMARY KEY,
  url         TEXT,
  raw_hash    TEXT NOT NULL,
  text_hash   TEXT NOT NULL UNIQUE,
  lang        TEXT NOT NULL,
  title       TEXT,
  published   TEXT,
  site        TEXT,
  reading     TEXT NOT NULL,
  ingested_at TEXT NOT NULL
);
CREATE INDEX articles_raw_hash ON articles (raw_hash);
CREATE INDEX articles_ingested_at ON articles (ingested_at);

CREATE TABLE failures (
  id     BIGSERIAL PRIMARY KEY,
  origin TEXT NOT NULL,
  code   TEXT NOT NULL,
  reason TEXT NOT NULL,
  at     TEXT NOT NULL,
  -- The same input failing the same way again only refreshes `at`: re-runs add no rows.
  UNIQUE (origin, code, reason)
);

CREATE TABLE entities (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  entity_id  TEXT NOT NULL,
  name       TEXT NOT NULL,
  kind       TEXT NOT NULL,
  code       TEXT,
  country    TEXT,
  role       TEXT,
  mentions   TEXT NOT NULL,
  PRIMARY KEY (article_id, entity_id)
);
CREATE INDEX entities_name ON entities (name);
CREATE INDEX entities_code ON entities (code);

CREATE TABLE places (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  place_id   TEXT NOT NULL,
  name       TEXT NOT NULL,
  kind       TEXT NOT NULL,
  country    TEXT,
  admin1     TEXT,
  lat        DOUBLE PRECISION,
  lon        DOUBLE PRECISION,
  geonameid  INTEGER,
  feature    TEXT,
  part       TEXT,
  mentions   TEXT NOT NULL,
  PRIMARY KEY (article_id, place_id)
);
CREATE INDEX places_geonameid ON places (geonameid);

CREATE TABLE events (
  article_id           TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  event_id             TEXT NOT NULL,
  plover               TEXT NOT NULL,
  mode                 TEXT,
  acled_event_type     TEXT,
  acled_sub_event_type TEXT,
  cameo                TEXT,
  date                 TEXT,
  precision            TEXT,
  timing               TEXT NOT NULL,
  modality             TEXT NOT NULL,
  lat                  DOUBLE PRECISION,
  lon                  DOUBLE PRECISION,
  country              TEXT,
  place_id             TEXT,
  place_name           TEXT,
  geonameid            INTEGER,
  place_kind           TEXT,
  actor1               TEXT,
  actor1_code          TEXT,
  actor2               TEXT,
  actor2_code          TEXT,
  source               TEXT,
  trigger_start        INTEGER NOT NULL,
  trigger_end          INTEGER NOT NULL,
  evidence_start       INTEGER NOT NULL,
  evidence_end         INTEGER NOT NULL,
  evidence             TEXT NOT NULL,
  data                 TEXT NOT NULL,
  report               TEXT NOT NULL,
  PRIMARY KEY (article_id, event_id)
);
CREATE INDEX events_date ON events (date);
CREATE INDEX events_plover ON events (plover);

CREATE TABLE claims (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  claim_id   TEXT NOT NULL,
  source     TEXT,
  modality   TEXT NOT NULL,
  event_id   TEXT,
  figure_id  TEXT,
  cue_start  INTEGER NOT NULL,
  cue_end    INTEGER NOT NULL,
  cue_text   TEXT NOT NULL,
  PRIMARY KEY (article_id, claim_id)
);

CREATE TABLE quotes (
  article_id   TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  quote_id     TEXT NOT NULL,
  speaker      TEXT,
  speaker_name TEXT,
  text         TEXT NOT NULL,
  direct       INTEGER NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset   INTEGER NOT NULL,
  cue_start    INTEGER,
  cue_end      INTEGER,
  PRIMARY KEY (article_id, quote_id)
);

CREATE TABLE figures (
  article_id   TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  figure_id    TEXT NOT NULL,
  kind         TEXT NOT NULL,
  value        DOUBLE PRECISION NOT NULL,
  unit         TEXT,
  approx       TEXT NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset   INTEGER NOT NULL,
  text         TEXT NOT NULL,
  PRIMARY KEY (article_id, figure_id)
);

CREATE TABLE jobs (
  id          BIGSERIAL PRIMARY KEY,
  kind        TEXT NOT NULL,
  key         TEXT NOT NULL,
  payload     TEXT NOT NULL,
  status      TEXT NOT NULL,
  attempts    INTEGER NOT NULL DEFAULT 0,
  batch       TEXT NOT NULL,
  token       TEXT,
  worker      TEXT,
  lease_until BIGINT,
  result      TEXT,
  error       TEXT,
  updated_at  TEXT NOT NULL,
  UNIQUE (kind, key)
);
CREATE INDEX jobs_status ON jobs (status, id);
CREATE INDEX jobs_batch ON jobs (batch);

CREATE TABLE feed_state (
  url           TEXT PRIMARY KEY,
  etag          TEXT,
  last_modified TEXT,
  content_hash  TEXT,
  seen          TEXT NOT NULL,
  checked_at    TEXT
);

CREATE TABLE situation_events (
  id                   TEXT PRIMARY KEY,
  plover               TEXT NOT NULL,
  mode                 TEXT,
  acled_event_type     TEXT,
  acled_sub_event_type TEXT,
  cameo                TEXT,
  date                 TEXT,
  precision            TEXT,
  timing               TEXT NOT NULL,
  modality             TEXT NOT NULL,
  lat                  DOUBLE PRECISION,
  lon                  DOUBLE PRECISION,
  country              TEXT,
  place_name           TEXT,
  place_id             TEXT,
  sources              INTEGER NOT NULL,
  articles             INTEGER NOT NULL,
  wrong                INTEGER NOT NULL,
  -- The date, '' when unknown: lists are ordered on it (newest first, undated last) by index.
  sort_key             TEXT NOT NULL
);
-- The wide part of a situation event, apart so that filtering and counting scan narrow rows.
CREATE TABLE situation_event_data (
  id     TEXT PRIMARY KEY,
  -- The reports' evidence in lower case, for the text filter.
  search TEXT NOT NULL,
  data   TEXT NOT NULL
);
CREATE INDEX situation_events_order ON situation_events (sort_key, id);
CREATE INDEX situation_events_date ON situation_events (date);
CREATE INDEX situation_events_plover ON situation_events (plover, date);
CREATE INDEX situation_events_acled ON situation_events (acled_event_type, acled_sub_event_type);
CREATE INDEX situation_events_country ON situation_events (country, date);
CREATE INDEX situation_events_latlon ON situation_events (lat, lon);
CREATE INDEX situation_events_sources ON situation_events (sources);
CREATE INDEX situation_events_modality ON situation_events (modality, timing);
CREATE INDEX situation_events_place ON situation_events (place_id);

CREATE TABLE situation_actors (
  event_id   TEXT NOT NULL,
  side       INTEGER NOT NULL,
  name       TEXT NOT NULL,
  name_lower TEXT NOT NULL,
  code       TEXT
);
CREATE INDEX situation_actors_event ON situation_actors (event_id);
CREATE INDEX situation_actors_name ON situation_actors (name_lower);
CREATE INDEX situation_actors_code ON situation_actors (code);

CREATE TABLE situation_reports (
  situation_id TEXT NOT NULL,
  report_id    TEXT NOT NULL,
  article_id   TEXT NOT NULL,
  event_id     TEXT NOT NULL,
  -- Why the merge joined the report (the picture's MergeReason as JSON), null for the anchor.
  why          TEXT,
  PRIMARY KEY (situation_id, report_id)
);
CREATE INDEX situation_reports_article ON situation_reports (article_id, event_id);

CREATE TABLE control_changes (
  id         TEXT PRIMARY KEY,
  place_id   TEXT NOT NULL,
  place_name TEXT,
  date       TEXT,
  precision  TEXT,
  holder     TEXT,
  previous   TEXT,
  modality   TEXT NOT NULL,
  status     TEXT NOT NULL,
  sources    INTEGER NOT NULL,
  data       TEXT NOT NULL
);
CREATE INDEX control_changes_place ON control_changes (place_id, date);

CREATE TABLE corrections (
  id           TEXT PRIMARY KEY,
  -- Order of entry (timestamps can tie): corrections replay in this order.
  seq          INTEGER NOT NULL,
  who          TEXT NOT NULL,
  at           TEXT NOT NULL,
  target_event TEXT NOT NULL,
  kind         TEXT NOT NULL,
  undone       INTEGER NOT NULL,
  undone_at    TEXT,
  undone_by    TEXT,
  data         TEXT NOT NULL
);
CREATE INDEX corrections_target ON corrections (target_event);
