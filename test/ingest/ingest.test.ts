import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRepository } from '../../src/store/open.js';
import type { Repository } from '../../src/store/repository.js';
import { ingest, type IngestOptions } from '../../src/ingest/ingest.js';
import { ARTICLES, writePages } from './pages.js';

const options: IngestOptions = { resources: { gazetteer: null } };
let dir: string;
let repo: Repository;

beforeAll(async () => {
  dir = writePages({ 'empty.txt': '', 'bin.html': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3]) });
  copyFileSync(join(dir, 'en/idlib.txt'), join(dir, 'en/idlib-mirror.txt'));
  repo = await openRepository(join(dir, 'store.db'));
});
afterAll(async () => {
  await repo.close();
  rmSync(dir, { recursive: true, force: true });
});

const tableCounts = async () => {
  const { jobs: _jobs, ...rest } = await repo.counts();
  return rest;
};

describe('ingest', () => {
  it('stores each article once, records what fails, and goes on', async () => {
    const summary = await ingest(repo, [dir, join(dir, 'missing.txt')], options);
    expect(summary).toMatchObject({ pages: 8, added: 4, duplicates: 1, failed: 3 });
    expect(summary.failures.sort()).toEqual([
      `${join(dir, 'bin.html')}: binary content, not text or HTML`,
      `${join(dir, 'empty.txt')}: empty input`,
      `${join(dir, 'missing.txt')}: no such file`,
    ]);
    const failures = await repo.listFailures({ limit: 10, offset: 0 });
    expect(failures.items.map((f) => f.code)).toEqual(['SITREP_E_INPUT', 'SITREP_E_INPUT', 'SITREP_E_INPUT']);
    const counts = await repo.counts();
    expect(counts.articles).toBe(Object.keys(ARTICLES).length);
    const stored = await repo.listArticles({ limit: 10, offset: 0 });
    expect(stored.items.every((a) => a.rawHash.length === 64 && a.textHash.length === 64)).toBe(true);
  });

  it('adds no rows when the same pages come again, or the same text under another name or from stdin', async () => {
    const before = await tableCounts();
    const again = await ingest(repo, [dir], options);
    expect(again).toMatchObject({ added: 0, duplicates: 5, failed: 2 });
    const stdin = Readable.from([Buffer.from(ARTICLES['en/homs.txt']!)]);
    const piped = await ingest(repo, ['-'], { ...options, stdin });
    expect(piped).toMatchObject({ added: 0, duplicates: 1, failed: 0 });
    expect(await tableCounts()).toEqual(before);
  });

  it('takes the publication date given for the run', async () => {
    const fresh = writePages({});
    const other = await openRepository(join(fresh, 'store.db'));
    try {
      const summary = await ingest(other, [join(fresh, 'en/homs.txt')], { ...options, published: '2031-05-06' });
      expect(summary.added).toBe(1);
      const [article] = (await other.listArticles({ limit: 1, offset: 0 })).items;
      expect(article?.published).toBe('2031-05-06');
      expect((await other.getArticle(article!.id))?.reading.article.publishedBasis).toBe('given');
    } finally {
      await other.close();
      rmSync(fresh, { recursive: true, force: true });
    }
  });
});
