// `sitrep watch`: polls feeds and ingests what is new. Each poll asks with the validators the
// server gave last time (ETag, Last-Modified), skips an unchanged body, enqueues only items whose
// id was never seen, and lets one worker read them. A feed that is down or malformed is recorded
// as a failure and polled again next time; the others go on.
import { createHash, randomUUID } from 'node:crypto';
import { SitrepError, errorMessage } from '../errors.js';
import { safeFetch, type FetchOptions } from '../sources/safe-fetch.js';
import { parseFeed } from '../sources/feed.js';
import type { FeedState, Repository } from '../store/repository.js';
import { urlJob } from './page-job.js';
import { rebuildPicture } from '../picture/rebuild.js';
import { work, type WorkerOptions } from './worker.js';

export interface Validators {
  readonly etag: string | null;
  readonly lastModified: string | null;
}

export type FeedResponse =
  | { readonly status: 'not-modified' }
  | { readonly status: 'ok'; readonly url: string; readonly bytes: Uint8Array; readonly etag: string | null; readonly lastModified: string | null };

/** Fetches a feed, conditionally when the fetcher can send validators. */
export type FeedFetcher = (url: string, validators: Validators) => Promise<FeedResponse>;

/** The default fetcher: src/sources' safeFetch (private addresses refused unless allowed), conditional on the last validators. */
export function safeFeedFetcher(options: FetchOptions = {}): FeedFetcher {
  return async (url, validators) => {
    const headers: Record<string, string> = {};
    if (validators.etag) headers['if-none-match'] = validators.etag;
    if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
    const fetched = await safeFetch(url, { ...options, headers });
    if (fetched.notModified) return { status: 'not-modified' };
    return { status: 'ok', url: fetched.url, bytes: fetched.bytes, etag: fetched.etag, lastModified: fetched.lastModified };
  };
}

/** How many item ids a feed's state remembers (feeds list their latest items only). */
const SEEN_LIMIT = 5000;

export interface PollResult {
  readonly feed: string;
  readonly status: 'new' | 'unchanged' | 'failed';
  /** Items enqueued this time (never seen before). */
  readonly items: number;
  readonly reason?: string;
}

export interface WatchOptions extends Pick<WorkerOptions, 'read' | 'resources'> {
  readonly fetchFeed: FeedFetcher;
  readonly published?: string;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function pollFeed(repo: Repository, url: string, batch: string, options: WatchOptions): Promise<PollResult> {
  const state: FeedState = (await repo.getFeedState(url)) ?? { url, etag: null, lastModified: null, contentHash: null, seen: [], checkedAt: null };
  const checkedAt = new Date().toISOString();
  try {
    const response = await options.fetchFeed(url, state);
    if (response.status === 'not-modified') {
      await repo.setFeedState({ ...state, checkedAt });
      return { feed: url, status: 'unchanged', items: 0 };
    }
    const contentHash = sha256(response.bytes);
    const validators = { etag: response.etag, lastModified: response.lastModified, contentHash, checkedAt };
    if (contentHash === state.contentHash) {
      await repo.setFeedState({ ...state, ...validators });
      return { feed: url, status: 'unchanged', items: 0 };
    }
    const feed = parseFeed(response.bytes, response.url);
    const seen = new Set(state.seen);
    const fresh = feed.items.filter((item) => !seen.has(item.id));
    await repo.enqueue(fresh.map((item) => urlJob(item.link, options.published ?? null, item.published, url)), batch);
    const remembered = [...state.seen, ...fresh.map((i) => i.id)].slice(-SEEN_LIMIT);
    await repo.setFeedState({ url, ...validators, seen: remembered });
    return { feed: url, status: 'new', items: fresh.length };
  } catch (error) {
    if (error instanceof SitrepError && error.code === 'SITREP_E_STORE') throw error;
    const code = error instanceof SitrepError ? error.code : 'SITREP_E_FEED';
    await repo.recordFailure({ origin: url, code, reason: errorMessage(error) });
    await repo.setFeedState({ ...state, checkedAt });
    return { feed: url, status: 'failed', items: 0, reason: errorMessage(error) };
  }
}

/** One round: polls every feed, then reads the new items. */
export async function pollOnce(repo: Repository, feeds: readonly string[], options: WatchOptions): Promise<{ polls: PollResult[]; added: number; failed: number }> {
  const batch = randomUUID();
  const polls: PollResult[] = [];
  for (const feed of feeds) polls.push(await pollFeed(repo, feed, batch, options));
  await work(repo, { ...options, batch });
  const results = await repo.batchResults(batch);
  const added = results.filter((r) => (r.result as { status?: string } | null)?.status === 'added').length;
  if (added) await rebuildPicture(repo);
  return { polls, added, failed: results.filter((r) => r.status === 'failed').length };
}

/** Parses "90s", "10m", "2h" (or plain seconds) into milliseconds. */
export function parseEvery(text: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(s|m|h)?$/i.exec(text.trim());
  const ms = m ? Number(m[1]) * { s: 1000, m: 60_000, h: 3_600_000 }[(m[2] ?? 's').toLowerCase() as 's' | 'm' | 'h'] : NaN;
  if (!(ms >= 1000)) throw new SitrepError('SITREP_E_USAGE', '--every must be a duration of at least 1s, like 30s, 10m or 1h');
  return ms;
}
