import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { registerWeb } from '../../src/api/web.js';

describe('the web page at /', () => {
  it('serves the built page when dist/web exists', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-web-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>page</title><script type="module" src="/app.js"></script>');
    writeFileSync(join(dir, 'app.js'), 'export {};');
    const app = Fastify();
    await registerWeb(app, dir);
    const page = await app.inject({ method: 'GET', url: '/' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<title>page</title>');
    expect((await app.inject({ method: 'GET', url: '/app.js' })).headers['content-type']).toMatch(/javascript/);
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('explains how to build it when it is missing', async () => {
    const app = Fastify();
    await registerWeb(app, join(tmpdir(), 'sitrep-no-such-dir'));
    const page = await app.inject({ method: 'GET', url: '/' });
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.body).toMatch(/not built/);
    expect(page.body).not.toMatch(/<script/);
    await app.close();
  });
});
