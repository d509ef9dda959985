// `sitrep ingest INPUT…`: reads files, directories, URLs, feeds and stdin into the store.
// With --workers N the pages are shared out among N worker processes through the store's queue;
// with --work this process only takes jobs from that queue (another machine's run, say).
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import type { Command, CommandIO } from '../command.js';
import { SitrepError } from '../../errors.js';
import { PROJECT_ROOT } from '../../shared-data.js';
import { loadGazetteerOrNull } from '../../geo/gazetteer.js';
import { DEFAULT_DB, openRepository } from '../../store/open.js';
import { ingest, type IngestSummary } from '../../ingest/ingest.js';
import { work } from '../../ingest/worker.js';
import { progressLine } from '../../ingest/progress.js';

const MAX_WORKERS = 64;

function usage(message: string): SitrepError {
  return new SitrepError('SITREP_E_USAGE', message);
}

export function parseWorkers(value: unknown): number {
  if (value === undefined) return 1;
  const n = Number(value);
  if (!/^\d+$/.test(String(value)) || n < 1 || n > MAX_WORKERS) throw usage(`--workers must be a whole number from 1 to ${MAX_WORKERS}`);
  return n;
}

export function parsePublished(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const s = String(value);
  const d = new Date(`${s}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== s) {
    throw usage('--published must be a calendar date as YYYY-MM-DD');
  }
  return s;
}

/** SITREP_BUSY_TIMEOUT_MS: how long SQLite waits for another process's write lock (default 15 s). */
function busyTimeout(): number | undefined {
  const ms = Number(process.env.SITREP_BUSY_TIMEOUT_MS);
  return Number.isFinite(ms) && ms >= 0 ? ms : undefined;
}

/** Starts `count` worker processes on the batch and waits for them; fails if one fails. */
function workerProcesses(db: string, count: number, allowPrivate: boolean): (batch: string) => Promise<void> {
  return async (batch) => {
    const args = [resolve(PROJECT_ROOT, 'bin/sitrep.js'), 'ingest', '--work', '--batch', batch, '--db', db];
    if (allowPrivate) args.push('--allow-private');
    const runs = Array.from({ length: count }, () =>
      new Promise<string | null>((done) => {
        const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
        let stderr = '';
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        child.on('error', (error) => done(error.message));
        child.on('close', (code) => done(code === 0 ? null : stderr.trim() || `worker exited with code ${code}`));
      }),
    );
    const errors = (await Promise.all(runs)).filter((e): e is string => e !== null);
    if (errors.length) throw new SitrepError('SITREP_E_STORE', `a worker failed: ${errors[0]}`);
  };
}

function printSummary(io: CommandIO, location: string, s: IngestSummary): void {
  const out = [
    `ingested ${s.pages} page${s.pages === 1 ? '' : 's'} into ${location}: ${s.added} added, ${s.duplicates} already stored, ${s.failed} failed` +
      (s.feeds ? ` (${s.feeds} feed${s.feeds === 1 ? '' : 's'} expanded)` : ''),
  ];
  if (s.picture) out.push(`picture: ${s.picture.events} situation events, ${s.picture.control} control changes`);
  if (s.failures.length) out.push('failed:', ...s.failures.map((f) => `  ${f}`));
  if (s.failed > s.failures.length) out.push(`  … and ${s.failed - s.failures.length} more (all in the failures table)`);
  io.stdout.write(out.join('\n') + '\n');
}

export const ingestCommand: Command = {
  name: 'ingest',
  usage: 'ingest INPUT… [--db FILE|postgres://…] [--published YYYY-MM-DD] [--workers N] [--work] [--format text|json]',
  summary: 'read files, directories, URLs, RSS/Atom feeds or stdin (-) into the store, idempotently',
  options: {
    db: { type: 'string', default: DEFAULT_DB },
    published: { type: 'string' },
    workers: { type: 'string' },
    work: { type: 'boolean', default: false },
    batch: { type: 'string' },
    'allow-private': { type: 'boolean', default: false },
    format: { type: 'string', default: 'text' },
  },
  async run({ values, positionals }, io) {
    const db = String(values.db);
    const allowPrivate = Boolean(values['allow-private']);
    const workers = parseWorkers(values.workers);
    const published = parsePublished(values.published);
    if (!values.work && !positionals.length) throw usage('name at least one input (a file, a directory, a URL, a feed or -)');
    const repo = await openRepository(db, { busyTimeoutMs: busyTimeout() });
    try {
      const read = { allowPrivate };
      // Worker processes load their own gazetteer; a coordinator that reads nothing needs none.
      const resources = { gazetteer: workers > 1 ? null : loadGazetteerOrNull((m) => io.stderr.write(`sitrep ingest: ${m}; places stay unresolved\n`)) };
      if (values.work) {
        await work(repo, { batch: values.batch as string | undefined, read, resources });
        return 0;
      }
      const progress = progressLine(io.stderr);
      const summary = await ingest(repo, positionals, {
        published,
        read,
        resources,
        stdin: io.stdin,
        runWorkers: workers > 1 ? workerProcesses(db, workers, allowPrivate) : undefined,
        onProgress: (c) => progress.update(c),
      }).finally(() => progress.end());
      if (values.format === 'json') io.stdout.write(JSON.stringify({ db: repo.location, ...summary }) + '\n');
      else printSummary(io, repo.location, summary);
      return 0;
    } finally {
      await repo.close();
    }
  },
};
