-- Each equality filter of GET /events with the list's order (sort_key DESC, id DESC) behind it,
-- so a page walks the index and stops after `limit` rows instead of sorting every match.
CREATE INDEX situation_events_country_order ON situation_events (country, sort_key, id);
CREATE INDEX situation_events_plover_order ON situation_events (plover, sort_key, id);
CREATE INDEX situation_events_modality_order ON situation_events (modality, sort_key, id);
CREATE INDEX situation_events_timing_order ON situation_events (timing, sort_key, id);
-- The actor filter reads event ids straight from the index.
CREATE INDEX situation_actors_name_event ON situation_actors (name_lower, event_id);
CREATE INDEX situation_actors_code_event ON situation_actors (code, event_id);
