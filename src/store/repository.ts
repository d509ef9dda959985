// The store's one interface: every other area (ingest, picture, API, exports, web) talks to the
// database only through these typed async methods. Two engines implement it, SQLite
// (src/store/sqlite) and PostgreSQL (src/store/postgres), over one logical schema
// (src/store/migrations). Extended only additively.
import type { Modality, Reading, Timing } from '../model/reading.js';
import type { ControlChange, Correction, PlaceRef, Report, SituationEvent } from '../model/picture.js';

export type { ControlChange, Correction, Report, SituationEvent };

// ── Articles ────────────────────────────────────────────────────────────────────────────────

/** What ingest knows about a page besides its reading. */
export interface SaveMeta {
  /** sha256 (hex) of the raw bytes as they arrived. */
  readonly rawHash: string;
  /** What the user named (file, URL, feed item link); kept for failures and provenance. */
  readonly origin?: string;
}

export type SaveOutcome =
  /** New article: its reading and every row derived from it were written in one transaction. */
  | { readonly status: 'added'; readonly id: string }
  /** Already stored (same article id, same raw bytes or same clean text): nothing written. */
  | { readonly status: 'duplicate'; readonly id: string };

export interface ArticleSummary {
  readonly id: string;
  readonly url: string | null;
  readonly rawHash: string;
  readonly textHash: string;
  readonly lang: string;
  readonly title: string | null;
  /** YYYY-MM-DD (or a shorter ISO prefix) as the reading gives it. */
  readonly published: string | null;
  readonly site: string | null;
  /** ISO 8601 timestamp. */
  readonly ingestedAt: string;
}

export interface StoredArticle extends ArticleSummary {
  readonly reading: Reading;
}

// ── Failures ────────────────────────────────────────────────────────────────────────────────

export interface NewFailure {
  /** The input that failed: file path, URL, feed item link, "-". */
  readonly origin: string;
  /** A SITREP_E_* code, or SITREP_E_INTERNAL for an unexpected error. */
  readonly code: string;
  readonly reason: string;
}

export interface FailureRow extends NewFailure {
  readonly id: number;
  /** ISO 8601 timestamp. */
  readonly at: string;
}

// ── Reports: the input of the picture's merge ──────────────────────────────────────────────
// The store keeps, per article event, the picture's Report (src/model/picture.ts), computed when
// the article is saved, so a rebuild reads reports without re-reading every article.

export interface ReportFilter {
  /** Only reports of articles ingested at or after this ISO timestamp. */
  readonly ingestedSince?: string;
  readonly articleIds?: readonly string[];
}

// ── The situation picture (src/model/picture.ts; written by src/picture, read by the API) ──
// The store keeps each object whole (as JSON) besides the columns it filters on.

export interface Picture {
  readonly events: readonly SituationEvent[];
  readonly control: readonly ControlChange[];
}

export interface EventFilter {
  /** [west, south, east, north] in degrees. */
  readonly bbox?: readonly [number, number, number, number];
  /** Inclusive ISO date bounds compared on the event's date. */
  readonly from?: string;
  readonly to?: string;
  readonly plover?: readonly string[];
  readonly acledType?: readonly string[];
  readonly acledSubType?: readonly string[];
  /** Matches an actor's name (case-insensitive) or its code exactly. */
  readonly actor?: string;
  /** ISO 3166-1 alpha-2. */
  readonly country?: string;
  readonly modality?: readonly Modality[];
  readonly timing?: readonly Timing[];
  readonly minSources?: number;
  /** Case-insensitive substring of the reports' evidence. */
  readonly q?: string;
  /** Events an analyst marked wrong are left out unless this is true. */
  readonly includeWrong?: boolean;
}

export interface PageRequest {
  readonly limit: number;
  readonly offset: number;
}

export interface Page<T> {
  readonly items: T[];
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
}

/** A page of situation events: counting every match costs a scan, so it is done only when asked. */
export interface EventPage<T> extends Omit<Page<T>, 'total'> {
  /** Every match: exact when asked for (count) or when this page is the last; otherwise null. */
  readonly total: number | null;
  /** Whether matches follow this page (the store fetches one row past the limit). */
  readonly more: boolean;
}

export interface CountRequest {
  readonly days: boolean;
  /** Grid cell size in degrees; null for no cells. */
  readonly cell: number | null;
}

/** What /events/summary draws: one row per group, empty lists for the groupings not asked. */
export interface EventCounts {
  /** Every matching event. */
  readonly total: number;
  /** Per YYYY-MM-DD prefix of the date (null or shorter when the date is not a day) and type. */
  readonly days: readonly { readonly day: string | null; readonly plover: string; readonly count: number }[];
  /** Per grid cell (floor of lon and lat over the cell size; null when unplaced) and type. */
  readonly cells: readonly { readonly x: number | null; readonly y: number | null; readonly plover: string; readonly count: number }[];
}

export interface ActorSummary {
  readonly name: string;
  readonly code: string | null;
  /** Situation events the actor takes part in. */
  readonly events: number;
}

// ── Analyst corrections (src/model/picture.ts) ─────────────────────────────────────────────

type WithoutStamp<C> = C extends Correction ? Omit<C, 'id' | 'at' | 'undone'> : never;
/** A correction as an analyst submits it; the store gives it its id and time. */
export type NewCorrection = WithoutStamp<Correction>;

export interface CorrectionFilter {
  /** Only corrections whose target is this situation event id. */
  readonly event?: string;
  readonly includeUndone?: boolean;
}

// ── Work queue ──────────────────────────────────────────────────────────────────────────────

export type JobStatus = 'pending' | 'running' | 'done' | 'failed';

export interface NewJob {
  /** e.g. "page". */
  readonly kind: string;
  /** Unique per kind (e.g. the input's path or URL): enqueuing it again re-arms the same job. */
  readonly key: string;
  readonly payload: unknown;
}

export interface Job extends NewJob {
  readonly id: number;
  readonly status: JobStatus;
  readonly attempts: number;
  /** Which run enqueued it last (ingest summaries count by batch). */
  readonly batch: string;
  /** Proof of the claim: complete/fail with an outdated token are ignored. */
  readonly token: string;
}

export interface QueueCounts {
  readonly pending: number;
  readonly running: number;
  readonly done: number;
  readonly failed: number;
}

// ── Feeds ───────────────────────────────────────────────────────────────────────────────────

export interface FeedState {
  readonly url: string;
  readonly etag: string | null;
  readonly lastModified: string | null;
  /** sha256 of the last body: a server without validators still lets an unchanged feed be skipped. */
  readonly contentHash: string | null;
  /** Ids (guid, or link) of the items already enqueued. */
  readonly seen: readonly string[];
  /** ISO 8601 timestamp of the last poll. */
  readonly checkedAt: string | null;
}

/** A place's stable key: "gn:<geonameid>" when resolved, else "<CC>:<name in lower case>". */
export function placeKey(place: PlaceRef): string {
  return place.geonameid !== null ? `gn:${place.geonameid}` : `${place.country ?? ''}:${place.name.toLowerCase()}`;
}

// ── Counts ──────────────────────────────────────────────────────────────────────────────────

export interface Counts {
  readonly articles: number;
  readonly failures: number;
  readonly entities: number;
  readonly places: number;
  readonly events: number;
  readonly claims: number;
  readonly quotes: number;
  readonly figures: number;
  readonly situationEvents: number;
  readonly situationReports: number;
  readonly controlChanges: number;
  readonly corrections: number;
  readonly jobs: number;
}

export interface Repository {
  readonly engine: 'sqlite' | 'postgres';
  /** Where it lives, for messages (file path, or the URL without its password). */
  readonly location: string;

  saveReading(reading: Reading, meta: SaveMeta): Promise<SaveOutcome>;
  hasArticle(id: string): Promise<boolean>;
  /** The id of the article stored from these raw bytes, if any (lets ingest skip the analysis). */
  findByRawHash(rawHash: string): Promise<string | null>;
  getArticle(id: string): Promise<StoredArticle | null>;
  listArticles(page: PageRequest): Promise<Page<ArticleSummary>>;

  /** Records a failed input; the same failure again only refreshes its time. */
  recordFailure(failure: NewFailure): Promise<void>;
  listFailures(page: PageRequest): Promise<Page<FailureRow>>;

  /** The picture's Report of every stored article event, in a stable order, for the merge. */
  listReports(filter?: ReportFilter): Promise<Report[]>;

  /** Replaces the whole picture in one transaction (situation events, their reports, control changes). */
  replacePicture(picture: Picture): Promise<void>;
  /** Situation events, newest first (undated last), filtered through the in-memory event index. */
  listEvents(filter: EventFilter, page: PageRequest & { readonly count?: boolean }): Promise<EventPage<SituationEvent>>;
  /** Counts of the matching events: all, per day and type (if `days`), per grid cell of `cell` degrees and type (unless null). */
  countEvents(filter: EventFilter, by: CountRequest): Promise<EventCounts>;
  /**
   * Every situation event matching the filter, in listEvents' order, fetched in batches by key
   * (no count, no OFFSET): for exports and summaries over the whole picture.
   */
  iterateEvents(filter: EventFilter, batchSize?: number): AsyncIterable<SituationEvent>;
  getEvent(id: string): Promise<SituationEvent | null>;
  listActors(filter?: { q?: string; limit?: number }): Promise<ActorSummary[]>;
  /** The control timeline of one place (its key, see placeKey), oldest first. */
  placeControl(placeId: string): Promise<ControlChange[]>;

  addCorrection(correction: NewCorrection): Promise<Correction>;
  /** Marks it undone (kept for the record); null when no such correction. */
  undoCorrection(id: string, who: string): Promise<Correction | null>;
  listCorrections(filter?: CorrectionFilter): Promise<Correction[]>;

  /** Adds jobs, or re-arms existing ones (same kind and key) as pending in this batch. Returns how many. */
  enqueue(jobs: readonly NewJob[], batch: string): Promise<number>;
  /** Atomically takes up to `limit` pending jobs (or running ones whose lease expired). */
  claim(worker: string, limit: number, leaseMs: number): Promise<Job[]>;
  complete(job: Pick<Job, 'id' | 'token'>, result?: unknown): Promise<void>;
  fail(job: Pick<Job, 'id' | 'token'>, reason: string): Promise<void>;
  queueCounts(batch?: string): Promise<QueueCounts>;
  /** Results of the finished jobs of a batch, for the run's summary. */
  batchResults(batch: string): Promise<{ key: string; status: JobStatus; result: unknown; error: string | null }[]>;

  getFeedState(url: string): Promise<FeedState | null>;
  setFeedState(state: FeedState): Promise<void>;

  counts(): Promise<Counts>;
  close(): Promise<void>;
}
