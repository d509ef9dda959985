// `sitrep ingest` as a service: name the inputs as jobs of one batch in the store's queue, let
// workers (this process, or N worker processes, or other machines on the same database) take
// them, then count what the batch did and refresh the picture.
import { randomUUID } from 'node:crypto';
import { SitrepError } from '../errors.js';
import { isFailure, readInputs } from '../sources/read-inputs.js';
import type { NewJob, Repository } from '../store/repository.js';
import { fileJob, pageJob, urlJob, type PageResult } from './page-job.js';
import { rebuildPicture } from '../picture/rebuild.js';
import { work, type WorkerOptions } from './worker.js';

export interface IngestOptions extends Pick<WorkerOptions, 'read' | 'resources' | 'leaseMs'> {
  /** Publication date for every input (YYYY-MM-DD), winning over the pages' metadata. */
  readonly published?: string;
  readonly stdin?: NodeJS.ReadableStream;
  /**
   * Runs the batch's workers; by default one worker in this process. The CLI passes one that
   * starts worker processes for --workers N.
   */
  readonly runWorkers?: (batch: string) => Promise<void>;
  /** Called now and then while workers run, with the batch's queue counts. */
  readonly onProgress?: (counts: { pending: number; running: number; done: number; failed: number }) => void;
}

export interface IngestSummary {
  readonly batch: string;
  /** Pages named (files found, URLs, feed items). */
  readonly pages: number;
  readonly added: number;
  readonly duplicates: number;
  readonly feeds: number;
  readonly failed: number;
  /** Up to 20 failures, `origin: reason`, for the summary; all are in the failures table. */
  readonly failures: string[];
  readonly picture: { events: number; control: number } | null;
}

const CHUNK = 500;

/** Turns the inputs into jobs (files are read once here to be found; failures recorded). */
async function enqueueInputs(repo: Repository, inputs: readonly string[], batch: string, options: IngestOptions): Promise<string[]> {
  const given = options.published ?? null;
  const failed: string[] = [];
  let pending: NewJob[] = [];
  const flush = async () => {
    await repo.enqueue(pending, batch);
    pending = [];
  };
  for (const input of inputs) {
    if (/^https?:\/\//i.test(input)) {
      pending.push(urlJob(input, given));
    } else {
      for await (const page of readInputs([input], { stdin: options.stdin })) {
        if (isFailure(page)) {
          const code = page.error instanceof SitrepError ? page.error.code : 'SITREP_E_INPUT';
          await repo.recordFailure({ origin: page.origin, code, reason: page.error.message });
          failed.push(`${page.origin}: ${page.error.message}`);
        } else if (page.file) {
          pending.push(fileJob(page.file, given));
        } else {
          pending.push(pageJob({ source: 'bytes', ref: '-', bytes: Buffer.from(page.bytes).toString('base64'), given, transport: null }));
        }
        if (pending.length >= CHUNK) await flush();
      }
    }
  }
  await flush();
  return failed;
}

export async function ingest(repo: Repository, inputs: readonly string[], options: IngestOptions): Promise<IngestSummary> {
  const batch = randomUUID();
  const unreadable = await enqueueInputs(repo, inputs, batch, options);
  const runWorkers = options.runWorkers ?? ((b: string) => work(repo, { ...options, batch: b }).then(() => undefined));
  let ticking = true;
  const ticker = (async () => {
    while (ticking && options.onProgress) {
      options.onProgress(await repo.queueCounts(batch));
      await new Promise((r) => setTimeout(r, 500));
    }
  })();
  try {
    await runWorkers(batch);
  } finally {
    ticking = false;
    await ticker;
  }
  const results = await repo.batchResults(batch);
  let added = 0;
  let duplicates = 0;
  let feeds = 0;
  const failures = [...unreadable];
  for (const r of results) {
    const result = r.result as PageResult | null;
    if (r.status === 'failed') failures.push(`${r.key.replace(/^\w+:/, '')}: ${r.error}`);
    else if (result?.status === 'added') added++;
    else if (result?.status === 'duplicate') duplicates++;
    else if (result?.status === 'feed') feeds++;
  }
  // The picture follows the stored articles (src/picture/rebuild.ts).
  const rebuilt = added ? await rebuildPicture(repo) : null;
  const picture = rebuilt && { events: rebuilt.events, control: rebuilt.control };
  return {
    batch,
    pages: results.length - feeds + unreadable.length,
    added,
    duplicates,
    feeds,
    failed: failures.length,
    failures: failures.slice(0, 20),
    picture,
  };
}
