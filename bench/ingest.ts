// `npm run bench -- ingest [--limit N] [--pg postgres://…] [--no-pg] [--no-sqlite]`: ingests the real pages
// under ../shared/bench/extract into SQLite and into PostgreSQL (an embedded server unless --pg
// names one), one worker in this process, and prints pages/s, pages per CPU-second (one core)
// and the process's peak RSS at 250, 500 and 1000 pages, then re-ingests them all: 0 new rows.
import { readdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sharedPath } from '../src/shared-data.js';
import { loadGazetteerOrNull } from '../src/geo/gazetteer.js';
import { openRepository } from '../src/store/open.js';
import type { Counts, Repository } from '../src/store/repository.js';
import { ingest } from '../src/ingest/ingest.js';
import { startPostgres } from '../test/helpers/postgres.js';

function pages(dir: string): string[] {
  const found: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.name.endsWith('.gz')) found.push(join(d, e.name));
    }
  };
  walk(dir);
  return found;
}

const rowsOf = (c: Counts) => c.articles + c.entities + c.places + c.events + c.claims + c.quotes + c.figures + c.failures;

interface Row {
  engine: string;
  step: string;
  pages: number;
  added: number;
  failed: number;
  seconds: number;
  perSecond: number;
  perCpuSecond: number;
  rssMb: number;
  newRows: number | string;
}

async function measure(repo: Repository, label: string, files: string[], checkpoints: number[]): Promise<void> {
  const resources = { gazetteer: loadGazetteerOrNull((m) => console.error(`bench ingest: ${m}`)) };
  let done = 0;
  let added = 0;
  let failed = 0;
  const wall = performance.now();
  const cpu = process.cpuUsage();
  for (const upTo of checkpoints) {
    const summary = await ingest(repo, files.slice(done, upTo), { resources });
    added += summary.added;
    failed += summary.failed;
    done = upTo;
    const seconds = (performance.now() - wall) / 1000;
    const used = process.cpuUsage(cpu);
    print({
      engine: label, step: 'ingest', pages: done, added, failed, seconds,
      perSecond: done / seconds, perCpuSecond: done / ((used.user + used.system) / 1e6),
      rssMb: process.resourceUsage().maxRSS / 1024, newRows: '',
    });
  }
  const before = rowsOf(await repo.counts());
  const t = performance.now();
  const again = await ingest(repo, files.slice(0, done), { resources });
  const seconds = (performance.now() - t) / 1000;
  print({
    engine: label, step: 're-ingest', pages: done, added: again.added, failed: again.failed, seconds,
    perSecond: done / seconds, perCpuSecond: NaN, rssMb: process.resourceUsage().maxRSS / 1024,
    newRows: rowsOf(await repo.counts()) - before,
  });
}

const HEADER = ['engine', 'step', 'pages', 'added', 'failed', 'seconds', 'pages/s', 'pages/cpu-s', 'peak RSS MB', 'new rows'];
const WIDTHS = [8, 9, 5, 5, 6, 7, 7, 11, 11, 8];
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(WIDTHS[i]!)).join(' | ')} |`;

/** Prints a row as soon as it is measured (a long run shows its checkpoints as it goes). */
function print(r: Row): void {
  console.log(line([
    r.engine, r.step, String(r.pages), String(r.added), String(r.failed), r.seconds.toFixed(1), r.perSecond.toFixed(1),
    Number.isNaN(r.perCpuSecond) ? '' : r.perCpuSecond.toFixed(1), r.rssMb.toFixed(0), String(r.newRows),
  ]));
}

export async function run(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { limit: { type: 'string' }, pg: { type: 'string' }, 'no-pg': { type: 'boolean' }, 'no-sqlite': { type: 'boolean' } } });
  const dir = sharedPath('bench', 'extract');
  if (!dir) {
    console.log('bench ingest: skipped, ../shared/bench/extract is absent');
    return;
  }
  const limit = values.limit ? Number(values.limit) : 1000;
  const files = pages(dir).slice(0, limit);
  const checkpoints = [250, 500, 1000].filter((n) => n < files.length).concat(files.length);
  console.log(`bench ingest: ${files.length} pages from ${dir}, checkpoints ${checkpoints.join(', ')}; one worker in this process`);
  console.log(line(HEADER));
  console.log(`|${WIDTHS.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  if (!values['no-sqlite']) {
    const tmp = mkdtempSync(join(tmpdir(), 'sitrep-bench-'));
    const repo = await openRepository(join(tmp, 'bench.db'));
    try {
      await measure(repo, 'sqlite', files, checkpoints);
    } finally {
      await repo.close();
      rmSync(tmp, { recursive: true, force: true });
    }
  }
  if (!values['no-pg']) {
    const server = values.pg ? null : await startPostgres();
    if (server && 'skip' in server) console.log(`bench ingest: ${server.skip}`);
    else {
      const url = values.pg ?? (await server!.freshDatabase());
      const repo = await openRepository(url);
      try {
        await measure(repo, 'postgres', files, checkpoints);
      } finally {
        await repo.close();
        await server?.stop();
      }
    }
  }
  console.log("peak RSS: this process's high-water mark (with both engines, SQLite runs first); PostgreSQL's server is not counted.");
}
