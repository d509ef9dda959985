// Feeds of our own served on 127.0.0.1: ingest expands them, watch takes only what is new and
// survives a feed that is down or malformed.
import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRepository } from '../../src/store/open.js';
import { ingest } from '../../src/ingest/ingest.js';
import { pollOnce, safeFeedFetcher, parseEvery } from '../../src/ingest/watch.js';
import { Readable, Writable } from 'node:stream';
import { main } from '../../src/cli/main.js';
import { ARTICLES } from './pages.js';

const files: Record<string, { type: string; body: string; status?: number; etag?: string }> = {};
/** The If-None-Match header of each request, by path. */
const conditional: Record<string, (string | undefined)[]> = {};
let server: Server;
let base: string;
let dir: string;
const read = { allowPrivate: true };
const resources = { gazetteer: null };

function rss(items: [string, string, string][]): string {
  const entries = items.map(([guid, path, date]) => `<item><title>${guid}</title><link>${base}${path}</link><guid>${guid}</guid><pubDate>${date}</pubDate></item>`);
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Local wire</title>${entries.join('')}</channel></rss>`;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-feeds-'));
  server = createServer((req, res) => {
    const f = files[req.url ?? ''];
    (conditional[req.url ?? ''] ??= []).push(req.headers['if-none-match']);
    if (f?.etag && req.headers['if-none-match'] === f.etag) {
      res.writeHead(304, { etag: f.etag });
      return res.end();
    }
    res.writeHead(f?.status ?? (f ? 200 : 404), { 'content-type': f?.type ?? 'text/plain', ...(f?.etag ? { etag: f.etag } : {}) });
    res.end(f?.body ?? 'not found');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  files['/news/kessab'] = { type: 'text/plain; charset=utf-8', body: ARTICLES['fr/kessab.txt']! };
  files['/news/idlib'] = { type: 'text/plain; charset=utf-8', body: ARTICLES['en/idlib.txt']! };
  files['/news/homs'] = { type: 'text/plain; charset=utf-8', body: ARTICLES['en/homs.txt']! };
  // Served as HTML: the feed is recognised by its content, not by what the server claims.
  files['/rss.xml'] = { type: 'text/html', body: rss([['k1', '/news/kessab', 'Mon, 03 Mar 2031 09:00:00 GMT'], ['i1', '/news/idlib', 'Tue, 04 Mar 2031 09:00:00 GMT']]) };
  files['/atom.xml'] = {
    type: 'application/atom+xml',
    body: `<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom wire</title><entry><id>h1</id><link href="/news/homs"/><updated>2031-03-05T12:00:00Z</updated></entry></feed>`,
  };
  files['/down.xml'] = { type: 'text/plain', body: 'oops', status: 503 };
  files['/broken.xml'] = { type: 'application/rss+xml', body: '<rss><channel><item><link>x</link></channel>' };
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  rmSync(dir, { recursive: true, force: true });
});

describe('feeds', () => {
  it('ingest reads each item of an RSS or Atom feed, with the item date as publication date', async () => {
    const repo = await openRepository(join(dir, 'ingest.db'));
    try {
      const summary = await ingest(repo, [`${base}/rss.xml`, `${base}/atom.xml`, `${base}/down.xml`], { read, resources });
      expect(summary).toMatchObject({ feeds: 2, added: 3, failed: 1 });
      expect(summary.failures).toEqual([`${base}/down.xml: SITREP_E_FETCH: HTTP 503`]);
      const articles = (await repo.listArticles({ limit: 10, offset: 0 })).items;
      expect(articles.map((a) => [a.url, a.published]).sort()).toEqual([
        [`${base}/news/homs`, '2031-03-05'],
        [`${base}/news/idlib`, '2031-03-04'],
        [`${base}/news/kessab`, '2031-03-03'],
      ]);
      // The same article under another URL adds nothing.
      files['/mirror/idlib'] = files['/news/idlib']!;
      const again = await ingest(repo, [`${base}/mirror/idlib`], { read, resources });
      expect(again).toMatchObject({ added: 0, duplicates: 1 });
      expect((await repo.counts()).articles).toBe(3);
    } finally {
      await repo.close();
    }
  });

  it('watch ingests only new items and survives feeds that are down or malformed', async () => {
    const repo = await openRepository(join(dir, 'watch.db'));
    const options = { read, resources, fetchFeed: safeFeedFetcher(read) };
    const feeds = [`${base}/down.xml`, `${base}/rss.xml`, `${base}/broken.xml`];
    try {
      files['/rss.xml'] = { type: 'application/rss+xml', body: rss([['k1', '/news/kessab', 'Mon, 03 Mar 2031 09:00:00 GMT']]) };
      const first = await pollOnce(repo, feeds, options);
      expect(first.polls.map((p) => [p.status, p.items])).toEqual([['failed', 0], ['new', 1], ['failed', 0]]);
      expect(first.polls[2]?.reason).toMatch(/^SITREP_E_FEED: not well-formed XML/);
      expect(first.added).toBe(1);
      const unchanged = await pollOnce(repo, feeds, options);
      expect(unchanged.polls[1]).toMatchObject({ status: 'unchanged', items: 0 });
      files['/rss.xml'] = {
        type: 'application/rss+xml',
        body: rss([['i1', '/news/idlib', 'Tue, 04 Mar 2031 09:00:00 GMT'], ['k1', '/news/kessab', 'Mon, 03 Mar 2031 09:00:00 GMT']]),
      };
      const next = await pollOnce(repo, feeds, options);
      expect(next.polls[1]).toMatchObject({ status: 'new', items: 1 });
      expect(next.added).toBe(1);
      expect((await repo.getFeedState(`${base}/rss.xml`))?.seen).toEqual(['k1', 'i1']);
      expect((await repo.counts()).articles).toBe(2);
      expect((await repo.listFailures({ limit: 10, offset: 0 })).items.map((f) => f.origin).sort()).toEqual([`${base}/broken.xml`, `${base}/down.xml`]);
    } finally {
      await repo.close();
    }
  });

  it('watch asks with the ETag it was given and takes a 304 as unchanged', async () => {
    const repo = await openRepository(join(dir, 'etag.db'));
    try {
      files['/etag.xml'] = { type: 'application/rss+xml', body: rss([['k1', '/news/kessab', 'Mon, 03 Mar 2031 09:00:00 GMT']]), etag: '"v1"' };
      const options = { read, resources, fetchFeed: safeFeedFetcher(read) };
      expect((await pollOnce(repo, [`${base}/etag.xml`], options)).polls[0]).toMatchObject({ status: 'new', items: 1 });
      expect((await pollOnce(repo, [`${base}/etag.xml`], options)).polls[0]).toMatchObject({ status: 'unchanged', items: 0 });
      expect(conditional['/etag.xml']).toEqual([undefined, '"v1"']);
    } finally {
      await repo.close();
    }
  });

  it('sitrep watch --once polls, ingests and exits', async () => {
    const out = { stdout: '', stderr: '' };
    const sink = (k: 'stdout' | 'stderr') => new Writable({ write: (c, _e, done) => ((out[k] += String(c)), done()) });
    const db = join(dir, 'watch-cli.db');
    const code = await main(['watch', `${base}/atom.xml`, '--once', '--allow-private', '--db', db], { stdout: sink('stdout'), stderr: sink('stderr'), stdin: Readable.from([]) });
    expect(code).toBe(0);
    expect(out.stderr).toContain(`${base}/atom.xml: 1 new items`);
    expect(out.stdout).toMatch(/ 1 articles added, 0 failed\n$/);
  });

  it('reads --every as a duration', () => {
    expect([parseEvery('10m'), parseEvery('30s'), parseEvery('1h'), parseEvery('90')]).toEqual([600_000, 30_000, 3_600_000, 90_000]);
    expect(() => parseEvery('soon')).toThrow(/--every/);
    expect(() => parseEvery('0s')).toThrow(/--every/);
  });
});
