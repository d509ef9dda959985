// Ingest as a user runs it, in processes: killed midway and run again, shared among worker
// processes, and stopped by a database another process holds locked.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { Writable, Readable } from 'node:stream';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/shared-data.js';
import { main } from '../../src/cli/main.js';
import { openRepository } from '../../src/store/open.js';
import type { Repository } from '../../src/store/repository.js';
import { ARTICLES, manyPages, writePages } from './pages.js';

const PAGES = manyPages(60);
const dir = writePages(PAGES);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function sitrep(args: string[]) {
  return spawn(process.execPath, [join(PROJECT_ROOT, 'bin/sitrep.js'), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
}

function finished(child: ReturnType<typeof sitrep>): Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (c: Buffer) => (stdout += c));
  child.stderr!.on('data', (c: Buffer) => (stderr += c));
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
}

/** Every stored article has exactly the rows its reading implies, and no text is stored twice. */
async function expectConsistent(repo: Repository) {
  const page = await repo.listArticles({ limit: 1000, offset: 0 });
  const sums = { entities: 0, places: 0, events: 0, claims: 0, quotes: 0, figures: 0 };
  for (const a of page.items) {
    const r = (await repo.getArticle(a.id))!.reading;
    for (const k of Object.keys(sums) as (keyof typeof sums)[]) sums[k] += r[k].length;
  }
  const counts = await repo.counts();
  expect(new Set(page.items.map((a) => a.textHash)).size).toBe(page.items.length);
  expect({ entities: counts.entities, places: counts.places, events: counts.events, claims: counts.claims, quotes: counts.quotes, figures: counts.figures }).toEqual(sums);
  return page.total;
}

describe('ingest processes', () => {
  it('killed with SIGKILL midway and run again (with 2 workers): no article lost, none doubled', async () => {
    const db = join(dir, 'killed.db');
    const first = sitrep(['ingest', dir, '--db', db]);
    const exited = finished(first);
    const repo = await openRepository(db);
    try {
      let stored = 0;
      for (let i = 0; i < 1200 && first.exitCode === null; i++) {
        stored = (await repo.counts()).articles;
        if (stored >= 3) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      first.kill('SIGKILL');
      const { signal } = await exited;
      const total = Object.keys(PAGES).length + Object.keys(ARTICLES).length;
      // Killed midway: some articles stored, not all.
      expect(signal).toBe('SIGKILL');
      expect(stored).toBeGreaterThanOrEqual(3);
      expect(stored).toBeLessThan(total);
      const before = await expectConsistent(repo);
      const second = await finished(sitrep(['ingest', dir, '--db', db, '--workers', '2', '--format', 'json']));
      expect(second.code, second.stderr).toBe(0);
      const summary = JSON.parse(second.stdout) as { added: number; duplicates: number; failed: number };
      expect(summary.added + summary.duplicates).toBe(total);
      expect(summary.failed).toBe(0);
      expect(summary.added).toBe(total - before);
      expect(await expectConsistent(repo)).toBe(total);
    } finally {
      await repo.close();
    }
  }, 240_000);

  it('stops with a clear message when another process holds the database, writing nothing', async () => {
    const db = join(dir, 'locked.db');
    await (await openRepository(db)).close();
    const holder = new BetterSqlite3(db);
    holder.exec('BEGIN EXCLUSIVE');
    let stderr = '';
    const sink = (write: (s: string) => void) => new Writable({ write: (c, _e, done) => (write(String(c)), done()) });
    process.env.SITREP_BUSY_TIMEOUT_MS = '100';
    try {
      const code = await main(['ingest', join(dir, 'en'), '--db', db], { stdout: sink(() => {}), stderr: sink((s) => (stderr += s)), stdin: Readable.from([]) });
      expect(code).toBe(1);
      expect(stderr).toMatch(/SITREP_E_STORE: .*locked\.db: the database is locked by another process/);
    } finally {
      delete process.env.SITREP_BUSY_TIMEOUT_MS;
      holder.exec('ROLLBACK');
      holder.close();
    }
    const repo = await openRepository(db);
    expect((await repo.counts()).articles).toBe(0);
    await repo.close();
  });
});
