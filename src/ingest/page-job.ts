// One page to ingest, as a job in the shared queue: what any worker on any machine needs to
// read it again (a path, a URL, or stdin's bytes) and the dates that go with it.
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { NewJob } from '../store/repository.js';

export const PAGE_JOB = 'page';

export interface PageJob {
  readonly source: 'file' | 'url' | 'bytes';
  /** The path (absolute), the URL, or "-" for bytes read from stdin. */
  readonly ref: string;
  /** Base64 of the bytes, for source "bytes" only. */
  readonly bytes?: string;
  /** Publication date the user gave (--published): wins over the page's metadata. */
  readonly given: string | null;
  /** Publication date the transport gave (a feed item's date). */
  readonly transport: string | null;
  /** The feed the page was listed in, for provenance. */
  readonly feed?: string;
}

/** What a finished page job reports (stored as the job's result). */
export type PageResult =
  | { readonly status: 'added' | 'duplicate'; readonly id: string }
  | { readonly status: 'feed'; readonly items: number; readonly skipped: number };

export function pageJob(page: PageJob): NewJob {
  const key = page.source === 'bytes' ? `stdin:${createHash('sha256').update(page.bytes ?? '').digest('hex')}` : `${page.source}:${page.ref}`;
  return { kind: PAGE_JOB, key, payload: page };
}

export const fileJob = (path: string, given: string | null): NewJob =>
  pageJob({ source: 'file', ref: resolve(path), given, transport: null });

export const urlJob = (url: string, given: string | null, transport: string | null = null, feed?: string): NewJob =>
  pageJob({ source: 'url', ref: url, given, transport, ...(feed ? { feed } : {}) });
