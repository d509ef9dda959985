import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync, truncateSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Readable } from 'node:stream';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readInputs, isFailure } from '../../src/sources/read-inputs.js';
import { isPrivateAddress } from '../../src/sources/safe-fetch.js';
import { SitrepError } from '../../src/errors.js';

const collect = async (inputs: string[], options = {}) => {
  const out = [];
  for await (const item of readInputs(inputs, options)) out.push(item);
  return out;
};
const codeOf = (x: unknown) => (isFailure(x as never) ? ((x as { error: SitrepError }).error.code) : null);

describe('readInputs from files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-inputs-'));
  beforeAll(() => {
    mkdirSync(join(dir, 'b'));
    writeFileSync(join(dir, 'b', 'two.txt'), 'Second page of text.');
    writeFileSync(join(dir, 'a.html'), '<p>First page</p>');
    writeFileSync(join(dir, 'c.html.gz'), gzipSync('<p>Zipped page</p>'));
    writeFileSync(join(dir, 'notes.pdf'), '%PDF-1.4');
    writeFileSync(join(dir, 'empty.txt'), '  \n');
    writeFileSync(join(dir, 'binary.bin'), Buffer.from(Array.from({ length: 400 }, (_, i) => (i * 31) % 256)));
    writeFileSync(join(dir, 'huge.html'), '');
    truncateSync(join(dir, 'huge.html'), 51 * 1024 * 1024);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('walks a directory recursively in sorted order, inflating .gz and skipping other files', async () => {
    const items = await collect([dir]);
    const pages = items.filter((x) => !isFailure(x)) as { file: string; bytes: Uint8Array }[];
    expect(pages.map((p) => p.file.slice(dir.length + 1))).toEqual(['a.html', join('b', 'two.txt'), 'c.html.gz']);
    expect(Buffer.from(pages[2].bytes).toString()).toBe('<p>Zipped page</p>');
    expect(items.filter(isFailure).map((f) => [f.origin.slice(dir.length + 1), codeOf(f)])).toEqual([['empty.txt', 'SITREP_E_INPUT'], ['huge.html', 'SITREP_E_INPUT']]);
  });

  it('turns missing, empty, binary and oversized inputs into coded failures and goes on', async () => {
    const items = await collect([join(dir, 'nope.html'), join(dir, 'empty.txt'), join(dir, 'binary.bin'), join(dir, 'huge.html'), join(dir, 'a.html')]);
    expect(items.map(codeOf)).toEqual(['SITREP_E_INPUT', 'SITREP_E_INPUT', 'SITREP_E_INPUT', 'SITREP_E_INPUT', null]);
    expect(items.filter(isFailure).map((f) => f.error.message)).toEqual([
      'no such file', 'empty input', 'binary content, not text or HTML', expect.stringMatching(/exceeds the 52428800-byte limit/),
    ]);
  });

  it('reads "-" from stdin', async () => {
    const [page] = await collect(['-'], { stdin: Readable.from([Buffer.from('Texte lu sur l’entrée standard.')]) });
    expect(isFailure(page)).toBe(false);
    expect(Buffer.from((page as { bytes: Uint8Array }).bytes).toString()).toContain('entrée standard');
  });
});

describe('readInputs from URLs', () => {
  let server: http.Server;
  let base = '';
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      if (req.url === '/page') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<p>Served page</p>');
      else if (req.url === '/image') res.writeHead(200, { 'content-type': 'image/png' }).end('x');
      else if (req.url === '/loop') res.writeHead(302, { location: '/loop' }).end();
      else if (req.url === '/hop') res.writeHead(301, { location: '/page' }).end();
      else res.writeHead(404).end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => server.close());

  it('refuses loopback and private addresses by default', async () => {
    const [item] = await collect([`${base}/page`]);
    expect(codeOf(item)).toBe('SITREP_E_FETCH');
    expect((item as { error: Error }).error.message).toMatch(/private or loopback/);
    for (const a of ['127.0.0.1', '10.1.2.3', '192.168.0.1', '169.254.169.254', '::1', 'fe80::1', '::ffff:127.0.0.1']) expect(isPrivateAddress(a)).toBe(true);
    for (const a of ['93.184.216.34', '2606:4700::1111']) expect(isPrivateAddress(a)).toBe(false);
  });

  it('fetches with allowPrivate, follows redirects, and refuses loops, non-pages and errors', async () => {
    const items = await collect([`${base}/hop`, `${base}/loop`, `${base}/image`, `${base}/missing`], { allowPrivate: true });
    const page = items[0] as { url: string; contentType: string; bytes: Uint8Array };
    expect(page.url).toBe(`${base}/page`);
    expect(page.contentType).toBe('text/html; charset=utf-8');
    expect(items.slice(1).map((x) => (x as { error: Error }).error.message)).toEqual(['more than 5 redirects', 'content type image/png is not a page', 'HTTP 404']);
  });
});
