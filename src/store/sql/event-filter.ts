// EventFilter → a SQL WHERE clause over situation_events (alias e), with `?` parameters.
// Every condition has an index behind it except the evidence search on PostgreSQL (a scan).
import type { EventFilter } from '../repository.js';
import type { Database, SqlValue } from './executor.js';

/** `x IN (?, ?, …)` for a non-empty list. */
function inList(column: string, values: readonly string[], where: string[], params: SqlValue[]) {
  where.push(`${column} IN (${values.map(() => '?').join(', ')})`);
  params.push(...values);
}

export function likePattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function eventWhere(filter: EventFilter, engine: Database['engine']): { sql: string; params: SqlValue[] } {
  const where: string[] = [];
  const params: SqlValue[] = [];
  // No index on `wrong` (nearly every row is 0): one would lead SQLite to sort every match instead of walking the order.
  if (!filter.includeWrong) where.push('e.wrong = 0');
  if (filter.bbox) {
    const [west, south, east, north] = filter.bbox;
    where.push('e.lat BETWEEN ? AND ?');
    params.push(south, north);
    // A box across the antimeridian has west > east.
    where.push(west <= east ? 'e.lon BETWEEN ? AND ?' : '(e.lon >= ? OR e.lon <= ?)');
    params.push(west, east);
  }
  // Date bounds go on sort_key (the date, '' when undated) so that a page walks the order index
  // over the range alone and stops after `limit` rows.
  if (filter.from) {
    where.push('e.sort_key >= ?');
    params.push(filter.from);
  } else if (filter.to) where.push("e.sort_key > ''");
  if (filter.to) {
    // Dates are ISO prefixes (YYYY, YYYY-MM, YYYY-MM-DD): anything starting with `to` is inside,
    // so compare with the next string of the same length ("2016-12-10" → "2016-12-11").
    where.push('e.sort_key < ?');
    params.push(filter.to.slice(0, -1) + String.fromCharCode(filter.to.charCodeAt(filter.to.length - 1) + 1));
  }
  if (filter.plover?.length) inList('e.plover', filter.plover, where, params);
  if (filter.acledType?.length) inList('e.acled_event_type', filter.acledType, where, params);
  if (filter.acledSubType?.length) inList('e.acled_sub_event_type', filter.acledSubType, where, params);
  if (filter.modality?.length) inList('e.modality', filter.modality, where, params);
  if (filter.timing?.length) inList('e.timing', filter.timing, where, params);
  if (filter.country) {
    where.push('e.country = ?');
    params.push(filter.country.toUpperCase());
  }
  if (filter.minSources !== undefined) {
    where.push('e.sources >= ?');
    params.push(filter.minSources);
  }
  if (filter.actor) {
    where.push('e.id IN (SELECT a.event_id FROM situation_actors a WHERE a.name_lower = ? OR a.code = ?)');
    params.push(filter.actor.toLowerCase(), filter.actor);
  }
  if (filter.q) {
    // SQLite's trigram index (migration 003) answers a quoted phrase of three characters or more
    // as a substring; shorter text, and PostgreSQL, scan the evidence.
    if (engine === 'sqlite' && [...filter.q].length >= 3) {
      where.push('e.id IN (SELECT d.id FROM situation_event_data d WHERE d.rowid IN (SELECT rowid FROM situation_search WHERE situation_search MATCH ?))');
      params.push(`"${filter.q.toLowerCase().replace(/"/g, '""')}"`);
    } else {
      where.push("e.id IN (SELECT d.id FROM situation_event_data d WHERE d.search LIKE ? ESCAPE '\\')");
      params.push(likePattern(filter.q));
    }
  }
  return { sql: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}
