// `npm run bench -- api [--events N] [--duration S] [--connections C] [--db FILE]`: GET /events
// under load. Stores N synthetic situation events (100 000 by default) in a fresh SQLite file
// (or reuses --db when it already holds them), starts `sitrep serve` on loopback in a child
// process, and runs autocannon for S seconds per query (5 by default): req/s, p50/p99 latency
// and errors per query, as a table; then the API layer's own cost over a store stub, and the
// time of one summary and one full export.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { openRepository } from '../src/store/open.js';
import type { Repository } from '../src/store/repository.js';
import type { SituationEvent } from '../src/model/picture.js';
import { buildApp } from '../src/api/app.js';
import { createContext } from '../src/api/context.js';
import { PROJECT_ROOT } from '../src/shared-data.js';
import { syntheticEvents } from './web-data.js';

const QUERIES: readonly [string, string][] = [
  ['newest 50', '/events'],
  ['bbox + dates', '/events?bbox=36,33,41,37&from=2023-06-01&to=2023-12-31'],
  ['type + country + sources', '/events?plover=ASSAULT&country=UA&min_sources=3&limit=100'],
  ['actor + modality', '/events?actor=Hamas&modality=alleged,unconfirmed'],
  ['deep page', '/events?country=SY&offset=5000&limit=50'],
  ['text in evidence', '/events?q=near%20place%204242'],
];

/** The API's own cost (parse, validate, serialize) over a store stub that answers at once. */
async function apiLayerAlone(page: SituationEvent[]): Promise<void> {
  const repo = { engine: 'sqlite', listEvents: async () => ({ items: page, total: 100_000, limit: 50, offset: 0 }) } as unknown as Repository;
  const app = await buildApp({ context: createContext(repo, null), token: null, webDir: null });
  const url = '/events?bbox=36,33,41,37&from=2023-06-01&to=2023-12-31&plover=assault&min_sources=2';
  let n = 0;
  const started = performance.now();
  while (performance.now() - started < 2000) {
    await app.inject({ method: 'GET', url });
    n++;
  }
  const ms = performance.now() - started;
  console.log(`API layer alone (store stub, 50 events a page, in-process inject): ${Math.round((n * 1000) / ms)} req/s, ${(ms / n).toFixed(2)} ms a request`);
  await app.close();
}

async function startServer(db: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [join(PROJECT_ROOT, 'bin', 'sitrep.js'), 'serve', '--db', db, '--port', '0'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, SITREP_TOKEN: '' },
  });
  const url = await new Promise<string>((resolve, reject) => {
    let err = '';
    child.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+)/.exec(err);
      if (m) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`sitrep serve exited (${code}): ${err}`)));
  });
  return { child, url };
}

export async function run(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { events: { type: 'string', default: '100000' }, duration: { type: 'string', default: '5' }, connections: { type: 'string', default: '10' }, db: { type: 'string' } },
  });
  const count = Number(values.events);
  const duration = Number(values.duration);
  const connections = Number(values.connections);
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-api-'));
  const db = values.db ?? join(dir, 'bench.db');
  try {
    let t = performance.now();
    const existed = existsSync(db);
    const repo = await openRepository(db);
    const stored = existed ? (await repo.listEvents({ includeWrong: true }, { limit: 1, offset: 0, count: true })).total : 0;
    if (stored === count) console.log(`reusing ${db}: ${count} situation events`);
    else {
      await repo.replacePicture({ events: syntheticEvents(count), control: [] });
      console.log(`stored ${count} situation events in ${((performance.now() - t) / 1000).toFixed(1)} s (SQLite, ${db})`);
    }
    await repo.close();

    const { child, url } = await startServer(db);
    try {
      console.log(`GET /events on ${url}: autocannon, ${connections} connections, ${duration} s per query\n`);
      console.log('| query | req/s | p50 ms | p99 ms | non-2xx | errors | first response |');
      console.log('|---|---:|---:|---:|---:|---:|---|');
      for (const [name, path] of QUERIES) {
        t = performance.now();
        const first = await fetch(url + path);
        const body = (await first.json()) as { total?: number };
        const firstMs = performance.now() - t;
        const r = await autocannon({ url: url + path, connections, duration });
        console.log(`| ${name} | ${Math.round(r.requests.average)} | ${r.latency.p50} | ${r.latency.p99} | ${r.non2xx} | ${r.errors} | ${first.status}, ${body.total ?? '?'} matching, ${firstMs.toFixed(0)} ms |`);
      }
      console.log('');
      await apiLayerAlone(syntheticEvents(50));
      for (const path of ['/events/summary?zoom=4', '/export?format=acled-csv']) {
        t = performance.now();
        const res = await fetch(url + path);
        const bytes = (await res.arrayBuffer()).byteLength;
        console.log(`GET ${path} over all events: ${res.status}, ${(bytes / 1e6).toFixed(1)} MB in ${((performance.now() - t) / 1000).toFixed(1)} s`);
      }
    } finally {
      child.kill('SIGTERM');
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
