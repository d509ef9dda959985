// The web page at `/`: the Vite build in dist/web when it exists, else a plain page that says
// how to build it (the API works either way).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { PROJECT_ROOT } from '../shared-data.js';

export const DEFAULT_WEB_DIR = join(PROJECT_ROOT, 'dist', 'web');

const NO_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Sitrep</title></head>
<body>
<h1>Sitrep</h1>
<p>The web page is not built: build it with Vite into <code>dist/web</code> (see the README), then restart <code>sitrep serve</code>.</p>
<p>The API answers meanwhile: <a href="/health">/health</a>, <a href="/events">/events</a>, <a href="/openapi.json">/openapi.json</a>.</p>
</body></html>
`;

export async function registerWeb(app: FastifyInstance, dir: string | null): Promise<void> {
  if (dir && existsSync(join(dir, 'index.html'))) {
    await app.register(fastifyStatic, { root: dir, prefix: '/', index: ['index.html'], wildcard: false });
    return;
  }
  app.get('/', async (_request, reply) => reply.type('text/html; charset=utf-8').send(NO_PAGE));
}
