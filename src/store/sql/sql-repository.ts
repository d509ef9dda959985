// The Repository over either engine: one set of SQL statements that SQLite and PostgreSQL both
// accept (ON CONFLICT, RETURNING, UPDATE … FROM, NULLS FIRST), JSON kept as text, timestamps as ISO strings.
import { randomUUID } from 'node:crypto';
import type { Reading } from '../../model/reading.js';
import {
  placeKey,
  type ActorSummary, type ArticleSummary, type ControlChange, type Correction, type CorrectionFilter, type Counts,
  type CountRequest, type EventCounts, type EventFilter, type EventPage, type FailureRow, type FeedState, type Job, type JobStatus, type NewCorrection, type NewFailure,
  type NewJob, type Page, type PageRequest, type Picture, type QueueCounts, type ReportFilter, type Report,
  type Repository, type SaveMeta, type SaveOutcome, type SituationEvent, type StoredArticle,
} from '../repository.js';
import type { Database, Row, SqlValue } from './executor.js';
import { articleRows } from './rows.js';
import { textHash } from '../../picture/sources.js';
import { EventIndex } from '../event-index.js';
import { SitrepError } from '../../errors.js';

const now = () => new Date().toISOString();

const str = (v: unknown) => (v === null || v === undefined ? null : String(v));

function summary(r: Row): ArticleSummary {
  return {
    id: String(r.id),
    url: str(r.url),
    rawHash: String(r.raw_hash),
    textHash: String(r.text_hash),
    lang: String(r.lang),
    title: str(r.title),
    published: str(r.published),
    site: str(r.site),
    ingestedAt: String(r.ingested_at),
  };
}

/** The stored correction, with the undo state the table tracks. */
function correction(r: Row): Correction {
  return { ...(JSON.parse(String(r.data)) as Correction), undone: Number(r.undone) === 1 };
}

function job(r: Row): Job {
  return {
    id: Number(r.id),
    kind: String(r.kind),
    key: String(r.key),
    payload: JSON.parse(String(r.payload)),
    status: r.status as JobStatus,
    attempts: Number(r.attempts),
    batch: String(r.batch),
    token: String(r.token),
  };
}

const PICTURE_TABLES = ['situation_events', 'situation_event_data', 'situation_actors', 'situation_reports', 'control_changes'];

/** The event index's columns (see EventColumns), each read from a column of situation_events. */
const INDEX_COLUMNS = [
  ['ids', 'id'], ['sortKeys', 'sort_key'], ['wrong', 'wrong'], ['lat', 'lat'], ['lon', 'lon'], ['plover', 'plover'],
  ['acledType', 'acled_event_type'], ['acledSubType', 'acled_sub_event_type'], ['modality', 'modality'], ['timing', 'timing'],
  ['country', 'country'], ['sources', 'sources'], ['search', 'search'],
] as const;
const NUMERIC_COLUMNS = new Set(['wrong', 'lat', 'lon', 'sources']);
const UNIT_SEPARATOR = '\u001f';

const ARTICLE_COLUMNS = 'id, url, raw_hash, text_hash, lang, title, published, site, ingested_at';

export class SqlRepository implements Repository {
  readonly engine: Repository['engine'];
  readonly location: string;
  private index: { readonly version: number; readonly loading: Promise<EventIndex> } | null = null;

  constructor(private readonly db: Database) {
    this.engine = db.engine;
    this.location = db.location;
  }

  private async page<T>(sql: string, countSql: string, params: SqlValue[], page: PageRequest, map: (r: Row) => T): Promise<Page<T>> {
    const rows = await this.db.all(`${sql} LIMIT ? OFFSET ?`, [...params, page.limit, page.offset]);
    const [count] = await this.db.all<{ n: number }>(countSql, params);
    return { items: rows.map(map), total: Number(count?.n ?? 0), limit: page.limit, offset: page.offset };
  }

  // ── Articles ──

  async saveReading(reading: Reading, meta: SaveMeta): Promise<SaveOutcome> {
    const hash = textHash(reading.article.text);
    // The extractor's content hash is the id; a reading without one gets the text's hash.
    if (!reading.article.id) reading = { ...reading, article: { ...reading.article, id: hash } };
    const a = reading.article;
    const id = a.id;
    return this.db.transaction(async (tx) => {
      const inserted = await tx.all(
        `INSERT INTO articles (${ARTICLE_COLUMNS}, reading) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id`,
        [id, a.url ?? meta.origin ?? null, meta.rawHash, hash, a.lang, a.title, a.published, a.site, now(), JSON.stringify(reading)],
      );
      if (!inserted.length) {
        const [existing] = await tx.all('SELECT id FROM articles WHERE id = ? OR text_hash = ?', [id, hash]);
        return { status: 'duplicate', id: String(existing?.id ?? id) } as const;
      }
      for (const t of articleRows(id, reading)) if (t.rows.length) await tx.insert(t.table, t.columns, t.rows);
      return { status: 'added', id } as const;
    });
  }

  async hasArticle(id: string): Promise<boolean> {
    return (await this.db.all('SELECT 1 FROM articles WHERE id = ?', [id])).length > 0;
  }

  async findByRawHash(rawHash: string): Promise<string | null> {
    const [row] = await this.db.all('SELECT id FROM articles WHERE raw_hash = ? LIMIT 1', [rawHash]);
    return row ? String(row.id) : null;
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    const [row] = await this.db.all(`SELECT ${ARTICLE_COLUMNS}, reading FROM articles WHERE id = ?`, [id]);
    return row ? { ...summary(row), reading: JSON.parse(String(row.reading)) as Reading } : null;
  }

  listArticles(page: PageRequest): Promise<Page<ArticleSummary>> {
    return this.page(
      `SELECT ${ARTICLE_COLUMNS} FROM articles ORDER BY ingested_at DESC, id`,
      'SELECT COUNT(*) AS n FROM articles',
      [],
      page,
      summary,
    );
  }

  // ── Failures ──

  async recordFailure(f: NewFailure): Promise<void> {
    await this.db.run(
      'INSERT INTO failures (origin, code, reason, at) VALUES (?, ?, ?, ?) ON CONFLICT (origin, code, reason) DO UPDATE SET at = excluded.at',
      [f.origin, f.code, f.reason, now()],
    );
  }

  listFailures(page: PageRequest): Promise<Page<FailureRow>> {
    return this.page(
      'SELECT id, origin, code, reason, at FROM failures ORDER BY id DESC',
      'SELECT COUNT(*) AS n FROM failures',
      [],
      page,
      (r) => ({ id: Number(r.id), origin: String(r.origin), code: String(r.code), reason: String(r.reason), at: String(r.at) }),
    );
  }

  // ── Reports ──

  async listReports(filter: ReportFilter = {}): Promise<Report[]> {
    const where: string[] = [];
    const params: SqlValue[] = [];
    if (filter.ingestedSince) {
      where.push('a.ingested_at >= ?');
      params.push(filter.ingestedSince);
    }
    if (filter.articleIds) {
      if (!filter.articleIds.length) return [];
      where.push(`a.id IN (${filter.articleIds.map(() => '?').join(', ')})`);
      params.push(...filter.articleIds);
    }
    const rows = await this.db.all(
      `SELECT e.report FROM events e JOIN articles a ON a.id = e.article_id
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY e.article_id, e.event_id`,
      params,
    );
    return rows.map((r) => JSON.parse(String(r.report)) as Report);
  }

  // ── Picture ──

  async replacePicture(picture: Picture): Promise<void> {
    await this.db.transaction(async (tx) => {
      for (const table of PICTURE_TABLES) await tx.run(`DELETE FROM ${table}`);
      await tx.run('UPDATE picture_version SET version = version + 1');
      const events = picture.events;
      await tx.insert(
        'situation_events',
        ['id', 'plover', 'mode', 'acled_event_type', 'acled_sub_event_type', 'cameo', 'date', 'precision', 'timing', 'modality',
          'lat', 'lon', 'country', 'place_name', 'place_id', 'sources', 'articles', 'wrong', 'sort_key', 'search'],
        events.map((e) => [
          e.id, e.plover, e.mode, e.acled?.event_type ?? null, e.acled?.sub_event_type ?? null, e.cameo, e.date, e.precision,
          e.timing, e.modality, e.place?.lat ?? null, e.place?.lon ?? null, e.place?.country?.toUpperCase() ?? null,
          e.place?.name ?? null, e.place ? placeKey(e.place) : null, e.sources, e.articles, e.wrong ? 1 : 0, e.date ?? '',
          e.reports.map((r) => r.evidence.text).join('\n').toLowerCase(),
        ]),
      );
      await tx.insert('situation_event_data', ['id', 'data'], events.map((e) => [e.id, JSON.stringify(e)]));
      const actorRows = (e: SituationEvent) =>
        ([[1, e.actor1], [2, e.actor2]] as const).flatMap(([side, a]) => (a ? [[e.id, side, a.name, a.name.toLowerCase(), a.code]] : []));
      await tx.insert('situation_actors', ['event_id', 'side', 'name', 'name_lower', 'code'], events.flatMap(actorRows));
      await tx.insert(
        'situation_reports',
        ['situation_id', 'report_id', 'article_id', 'event_id', 'why'],
        events.flatMap((e) => {
          const why = new Map(e.why.map((w) => [w.report, JSON.stringify(w)]));
          return e.reports.map((r) => [e.id, r.id, r.articleId, r.eventId, why.get(r.id) ?? null]);
        }),
        'ON CONFLICT DO NOTHING',
      );
      await tx.insert(
        'control_changes',
        ['id', 'place_id', 'place_name', 'date', 'precision', 'holder', 'previous', 'modality', 'status', 'sources', 'data'],
        picture.control.map((c) => [
          c.id, placeKey(c.place), c.place.name, c.date, c.precision, c.holder?.name ?? null, c.previous?.name ?? null, c.modality,
          c.status, c.sources, JSON.stringify(c),
        ]),
        'ON CONFLICT DO NOTHING',
      );
    });
    // The planner picks the filters' indexes from statistics; the picture just changed wholesale.
    await this.db.refreshStatistics(PICTURE_TABLES);
  }

  /** The filter index of the current picture, reloaded when another replacement moved the version. */
  private async eventIndex(): Promise<EventIndex> {
    const [row] = await this.db.all('SELECT version FROM picture_version');
    const version = Number(row?.version ?? 0);
    if (this.index?.version !== version) {
      // Concurrent callers share one load; the version is read first, so a replacement landing
      // during the load only makes the next call load again.
      const loading = this.loadIndex();
      this.index = { version, loading };
      loading.catch(() => {
        if (this.index?.loading === loading) this.index = null;
      });
    }
    return this.index.loading;
  }

  private async loadIndex(): Promise<EventIndex> {
    // One text per column: a few long strings cost far less to read than 100 000 rows of a
    // dozen values. The index puts them in list order.
    const events = await this.joinedColumns(INDEX_COLUMNS.map(([, column]) => column), 'situation_events');
    const c = Object.fromEntries(INDEX_COLUMNS.map(([key], i) => [key, events[i]!])) as Record<(typeof INDEX_COLUMNS)[number][0], string[]>;
    const nullable = (values: string[]) => values.map((v) => v || null);
    const numbers = (values: string[]) => Float64Array.from(values, (v) => (v === '' ? Number.NaN : Number(v)));
    const [eventIds, names, lowerNames, codes] = await this.joinedColumns(['event_id', 'name', 'name_lower', 'code'], 'situation_actors');
    return new EventIndex(
      {
        ids: c.ids, sortKeys: c.sortKeys, wrong: numbers(c.wrong), lat: numbers(c.lat), lon: numbers(c.lon), plover: c.plover,
        acledType: nullable(c.acledType), acledSubType: nullable(c.acledSubType), modality: c.modality, timing: c.timing,
        country: nullable(c.country), sources: numbers(c.sources), search: c.search,
      },
      eventIds!.map((eventId, i) => ({ eventId, name: names![i]!, nameLower: lowerNames![i]!, code: codes![i] || null })),
    );
  }

  /** Each column's values over the rows of `table`, as strings in one row order ('' for null). */
  private async joinedColumns(columns: readonly string[], table: string): Promise<string[][]> {
    // Text columns lose any separator they hold, so that every column splits into one value per row.
    const value = (c: string) => `COALESCE(${NUMERIC_COLUMNS.has(c) ? `CAST(${c} AS TEXT)` : `replace(${c}, ?, ' ')`}, '')`;
    const joined = columns.map((c, i) => `${this.db.joinRows(value(c))} AS c${i}`);
    const params = columns.flatMap((c) => (NUMERIC_COLUMNS.has(c) ? [UNIT_SEPARATOR] : [UNIT_SEPARATOR, UNIT_SEPARATOR]));
    const [row] = await this.db.all(`SELECT COUNT(*) AS n, ${joined.join(', ')} FROM ${table}`, params);
    const n = Number(row?.n ?? 0);
    return columns.map((_, i) => {
      const values = n ? String(row![`c${i}`]).split(UNIT_SEPARATOR) : [];
      if (values.length !== n) throw new SitrepError('SITREP_E_STORE', `${this.location}: ${table}.${columns[i]} could not be read for the event index`);
      return values;
    });
  }

  /** The stored events of these ids, in the ids' order (ids no longer stored are left out). */
  private async eventsById(ids: readonly string[]): Promise<SituationEvent[]> {
    if (!ids.length) return [];
    const rows = await this.db.all(`SELECT id, data FROM situation_event_data WHERE id IN (${ids.map(() => '?').join(', ')})`, ids);
    const data = new Map(rows.map((r) => [String(r.id), String(r.data)]));
    return ids.flatMap((id) => {
      const json = data.get(id);
      return json === undefined ? [] : [JSON.parse(json) as SituationEvent];
    });
  }

  async listEvents(filter: EventFilter, page: PageRequest & { readonly count?: boolean }): Promise<EventPage<SituationEvent>> {
    const index = await this.eventIndex();
    const matches = index.matching(filter);
    const positions = matches.subarray(page.offset, page.offset + page.limit);
    const items = await this.eventsById(Array.from(positions, (i) => index.ids[i]!));
    const more = matches.length > page.offset + page.limit;
    // The same answer as a store that counts only on request: the last page knows the total,
    // past the end (no rows) it does not.
    const total = page.count ? matches.length : !more && (items.length || !page.offset) ? page.offset + items.length : null;
    return { items, total, more, limit: page.limit, offset: page.offset };
  }

  async countEvents(filter: EventFilter, by: CountRequest): Promise<EventCounts> {
    const index = await this.eventIndex();
    return index.counts(index.matching(filter), by);
  }

  async *iterateEvents(filter: EventFilter, batchSize = 1000): AsyncIterable<SituationEvent> {
    const index = await this.eventIndex();
    const ids = Array.from(index.matching(filter), (i) => index.ids[i]!);
    for (let at = 0; at < ids.length; at += batchSize) yield* await this.eventsById(ids.slice(at, at + batchSize));
  }

  async getEvent(id: string): Promise<SituationEvent | null> {
    const [row] = await this.db.all('SELECT data FROM situation_event_data WHERE id = ?', [id]);
    return row ? (JSON.parse(String(row.data)) as SituationEvent) : null;
  }

  async listActors(filter: { q?: string; limit?: number } = {}): Promise<ActorSummary[]> {
    return (await this.eventIndex()).actors(filter.q, filter.limit ?? 1000);
  }

  async placeControl(placeId: string): Promise<ControlChange[]> {
    const rows = await this.db.all('SELECT data FROM control_changes WHERE place_id = ? ORDER BY date NULLS FIRST, id', [placeId]);
    return rows.map((r) => JSON.parse(String(r.data)) as ControlChange);
  }

  // ── Corrections ──

  async addCorrection(c: NewCorrection): Promise<Correction> {
    return this.db.transaction(async (tx) => {
      await this.db.lockExclusive(tx);
      const [row] = await tx.all<{ n: number }>('SELECT COALESCE(MAX(seq), 0) + 1 AS n FROM corrections');
      const seq = Number(row!.n);
      // Ids follow the order of entry, which is the order corrections replay in.
      const stored = { ...c, id: `cor-${seq}`, at: now(), undone: false } as Correction;
      await tx.run('INSERT INTO corrections (id, seq, who, at, target_event, kind, undone, data) VALUES (?, ?, ?, ?, ?, ?, 0, ?)', [
        stored.id, seq, stored.who, stored.at, stored.target.event, stored.kind, JSON.stringify(stored),
      ]);
      return stored;
    });
  }

  async undoCorrection(id: string, who: string): Promise<Correction | null> {
    await this.db.run('UPDATE corrections SET undone = 1, undone_at = ?, undone_by = ? WHERE id = ? AND undone = 0', [now(), who, id]);
    const [row] = await this.db.all('SELECT data, undone FROM corrections WHERE id = ?', [id]);
    return row ? correction(row) : null;
  }

  async listCorrections(filter: CorrectionFilter = {}): Promise<Correction[]> {
    const where: string[] = [];
    const params: SqlValue[] = [];
    if (filter.event) {
      where.push('target_event = ?');
      params.push(filter.event);
    }
    if (!filter.includeUndone) where.push('undone = 0');
    const rows = await this.db.all(
      `SELECT data, undone FROM corrections ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY seq`,
      params,
    );
    return rows.map(correction);
  }

  // ── Queue ──

  async enqueue(jobs: readonly NewJob[], batch: string): Promise<number> {
    if (!jobs.length) return 0;
    // Naming an input again re-arms its job, even one another run still holds: that run's
    // complete() then no longer matches the token, and saving is idempotent anyway.
    // One row per key: PostgreSQL refuses to upsert the same row twice in one statement.
    const unique = [...new Map(jobs.map((j) => [`${j.kind}\u0000${j.key}`, j])).values()];
    return this.db.transaction((tx) =>
      tx.insert(
        'jobs',
        ['kind', 'key', 'payload', 'status', 'batch', 'updated_at'],
        unique.map((j) => [j.kind, j.key, JSON.stringify(j.payload), 'pending', batch, now()]),
        `ON CONFLICT (kind, key) DO UPDATE SET payload = excluded.payload, status = 'pending', batch = excluded.batch,
         token = NULL, worker = NULL, lease_until = NULL, result = NULL, error = NULL, updated_at = excluded.updated_at`,
      ),
    );
  }

  async claim(worker: string, limit: number, leaseMs: number): Promise<Job[]> {
    const at = Date.now();
    const token = randomUUID();
    return this.db.transaction(async (tx) => {
      // The CTE picks the rows once (an IN subquery may be re-evaluated and over-claim).
      const rows = await tx.all(
        `WITH next AS (SELECT id AS next_id FROM jobs WHERE status = 'pending' OR (status = 'running' AND lease_until < ?)
                       ORDER BY id LIMIT ? ${this.db.skipLocked})
         UPDATE jobs SET status = 'running', worker = ?, token = ?, attempts = attempts + 1, lease_until = ?, updated_at = ?
         FROM next WHERE jobs.id = next.next_id
         RETURNING *`,
        [at, limit, worker, token, at + leaseMs, now()],
      );
      return rows.map(job).sort((a, b) => a.id - b.id);
    });
  }

  async complete(j: Pick<Job, 'id' | 'token'>, result?: unknown): Promise<void> {
    await this.db.run("UPDATE jobs SET status = 'done', result = ?, lease_until = NULL, updated_at = ? WHERE id = ? AND token = ?", [
      JSON.stringify(result ?? null), now(), j.id, j.token,
    ]);
  }

  async fail(j: Pick<Job, 'id' | 'token'>, reason: string): Promise<void> {
    await this.db.run("UPDATE jobs SET status = 'failed', error = ?, lease_until = NULL, updated_at = ? WHERE id = ? AND token = ?", [
      reason, now(), j.id, j.token,
    ]);
  }

  async queueCounts(batch?: string): Promise<QueueCounts> {
    const rows = await this.db.all(
      `SELECT status, COUNT(*) AS n FROM jobs ${batch ? 'WHERE batch = ?' : ''} GROUP BY status`,
      batch ? [batch] : [],
    );
    const counts = { pending: 0, running: 0, done: 0, failed: 0 };
    for (const r of rows) counts[r.status as JobStatus] = Number(r.n);
    return counts;
  }

  async batchResults(batch: string) {
    const rows = await this.db.all("SELECT key, status, result, error FROM jobs WHERE batch = ? AND status IN ('done', 'failed') ORDER BY id", [batch]);
    return rows.map((r) => ({
      key: String(r.key),
      status: r.status as JobStatus,
      result: r.result === null ? null : (JSON.parse(String(r.result)) as unknown),
      error: str(r.error),
    }));
  }

  // ── Feeds ──

  async getFeedState(url: string): Promise<FeedState | null> {
    const [r] = await this.db.all('SELECT * FROM feed_state WHERE url = ?', [url]);
    if (!r) return null;
    return {
      url, etag: str(r.etag), lastModified: str(r.last_modified), contentHash: str(r.content_hash),
      seen: JSON.parse(String(r.seen)) as string[], checkedAt: str(r.checked_at),
    };
  }

  async setFeedState(s: FeedState): Promise<void> {
    await this.db.run(
      `INSERT INTO feed_state (url, etag, last_modified, content_hash, seen, checked_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
       content_hash = excluded.content_hash, seen = excluded.seen, checked_at = excluded.checked_at`,
      [s.url, s.etag, s.lastModified, s.contentHash, JSON.stringify(s.seen), s.checkedAt],
    );
  }

  // ── Counts ──

  async counts(): Promise<Counts> {
    const tables = {
      articles: 'articles', failures: 'failures', entities: 'entities', places: 'places', events: 'events', claims: 'claims',
      quotes: 'quotes', figures: 'figures', situationEvents: 'situation_events', situationReports: 'situation_reports',
      controlChanges: 'control_changes', corrections: 'corrections', jobs: 'jobs',
    } as const;
    const sql = Object.entries(tables).map(([k, t]) => `(SELECT COUNT(*) FROM ${t}) AS ${k.toLowerCase()}`).join(', ');
    const [row] = await this.db.all(`SELECT ${sql}`);
    return Object.fromEntries(Object.keys(tables).map((k) => [k, Number(row![k.toLowerCase()])])) as unknown as Counts;
  }

  close(): Promise<void> {
    return this.db.close();
  }
}
