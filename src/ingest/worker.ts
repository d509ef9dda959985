// A worker takes page jobs from the shared queue until none is left: reads the page again,
// expands a feed into jobs for its items, skips raw bytes already stored, and otherwise reads
// the article and saves it in one transaction. A page that fails is recorded with its reason
// and the worker goes on; a store that cannot be written stops it (nothing half-written).
import { createHash } from 'node:crypto';
import { hostname } from 'node:os';
import { SitrepError } from '../errors.js';
import { readPage, type Resources } from '../pipeline.js';
import { isFailure, readInputs, checkBytes, type ReadOptions } from '../sources/read-inputs.js';
import type { RawPage } from '../sources/raw.js';
import { isFeed, parseFeed } from '../sources/feed.js';
import type { Job, Repository } from '../store/repository.js';
import { urlJob, type PageJob, type PageResult } from './page-job.js';

export interface WorkerOptions {
  /** Only wait for this run's jobs: the worker stops when the batch has nothing pending or running. */
  readonly batch?: string;
  readonly read?: Pick<ReadOptions, 'allowPrivate' | 'timeoutMs'>;
  readonly resources: Resources;
  /** How long a claimed job stays this worker's before another may take it over. */
  readonly leaseMs?: number;
  /** Jobs taken per claim. */
  readonly claimSize?: number;
  /** Called after each job (for a progress line). */
  readonly onJob?: (result: PageResult | { status: 'failed'; reason: string }) => void;
}

export const workerId = () => `${hostname()}:${process.pid}`;

export function rawHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

async function rawPage(job: PageJob, read: WorkerOptions['read']): Promise<RawPage> {
  if (job.source === 'bytes') {
    const bytes = checkBytes(Buffer.from(job.bytes ?? '', 'base64'));
    return { origin: '-', url: null, file: null, bytes, contentType: null, published: job.transport };
  }
  for await (const page of readInputs([job.ref], { ...read, published: job.transport ?? undefined })) {
    if (isFailure(page)) throw page.error;
    return page;
  }
  throw new SitrepError('SITREP_E_INPUT', 'nothing to read');
}

async function processJob(repo: Repository, job: Job, options: WorkerOptions): Promise<PageResult> {
  const page = job.payload as PageJob;
  const raw = await rawPage(page, options.read);
  if (isFeed(raw.bytes)) {
    const feed = parseFeed(raw.bytes, raw.url ?? undefined);
    const jobs = feed.items.map((item) => urlJob(item.link, page.given, item.published, page.ref));
    await repo.enqueue(jobs, job.batch);
    return { status: 'feed', items: jobs.length, skipped: feed.skipped.length };
  }
  const hash = rawHash(raw.bytes);
  const known = await repo.findByRawHash(hash);
  if (known) return { status: 'duplicate', id: known };
  const reading = readPage(raw, { published: page.given ?? undefined }, options.resources);
  return repo.saveReading(reading, { rawHash: hash, origin: page.ref });
}

const isStoreError = (error: unknown) => error instanceof SitrepError && error.code === 'SITREP_E_STORE';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Works until the queue (or the batch) is empty; returns how many jobs it finished. */
export async function work(repo: Repository, options: WorkerOptions): Promise<number> {
  const id = workerId();
  let finished = 0;
  for (;;) {
    const jobs = await repo.claim(id, options.claimSize ?? 1, options.leaseMs ?? 10 * 60_000);
    if (!jobs.length) {
      const counts = await repo.queueCounts(options.batch);
      // Another worker may still be expanding a feed into more jobs: wait for it.
      if (!options.batch || counts.pending + counts.running === 0) return finished;
      await sleep(200);
      continue;
    }
    for (const job of jobs) {
      try {
        const result = await processJob(repo, job, options);
        await repo.complete(job, result);
        options.onJob?.(result);
      } catch (error) {
        if (isStoreError(error)) throw error;
        const code = error instanceof SitrepError ? error.code : 'SITREP_E_INTERNAL';
        const reason = error instanceof Error ? error.message : String(error);
        await repo.recordFailure({ origin: (job.payload as PageJob).ref, code, reason });
        await repo.fail(job, `${code}: ${reason}`);
        options.onJob?.({ status: 'failed', reason });
      }
      finished++;
    }
  }
}
