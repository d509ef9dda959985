// Ingest into a real PostgreSQL: idempotent, and two workers with their own connections share
// one queue (FOR UPDATE SKIP LOCKED) without reading a page twice.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRepository } from '../../src/store/open.js';
import { ingest } from '../../src/ingest/ingest.js';
import { work } from '../../src/ingest/worker.js';
import { startPostgres, type TestPostgres } from '../helpers/postgres.js';
import { manyPages, writePages } from './pages.js';

const PAGES = manyPages(12);
const dir = writePages(PAGES);
const resources = { gazetteer: null };
let pg: TestPostgres | null = null;
beforeAll(async () => {
  const server = await startPostgres();
  if ('skip' in server) console.warn(server.skip);
  else pg = server;
}, 120_000);
afterAll(async () => {
  await pg?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('ingest into PostgreSQL', () => {
  it('shares one queue among two workers and adds nothing on a re-run', async (ctx) => {
    if (!pg) return ctx.skip();
    const url = await pg.freshDatabase();
    const [coordinator, a, b] = await Promise.all([openRepository(url), openRepository(url), openRepository(url)]);
    try {
      const taken = { a: 0, b: 0 };
      const summary = await ingest(coordinator, [dir], {
        resources,
        runWorkers: async (batch) => {
          [taken.a, taken.b] = await Promise.all([work(a, { batch, resources }), work(b, { batch, resources })]);
        },
      });
      const total = Object.keys(PAGES).length + 4;
      expect(summary).toMatchObject({ added: total, duplicates: 0, failed: 0 });
      expect(taken.a + taken.b).toBe(total);
      const before = await coordinator.counts();
      expect(before.articles).toBe(total);
      const again = await ingest(coordinator, [dir], { resources });
      expect(again).toMatchObject({ added: 0, duplicates: total });
      const after = await coordinator.counts();
      expect({ ...after, jobs: 0 }).toEqual({ ...before, jobs: 0 });
    } finally {
      await Promise.all([coordinator.close(), a.close(), b.close()]);
    }
  }, 120_000);
});
