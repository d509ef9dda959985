// Starts the real API app (src/api/app.ts) with the built page on 127.0.0.1 and a free port,
// over a SQLite store, for the browser tests and the web benchmark.
import type { AddressInfo } from 'node:net';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildApp } from '../../src/api/app.js';
import { DEFAULT_WEB_DIR } from '../../src/api/web.js';
import type { ApiContext, SubmittedArticle } from '../../src/api/context.js';
import { openRepository } from '../../src/store/open.js';
import type { Repository } from '../../src/store/repository.js';
import { readPage } from '../../src/pipeline.js';
import { buildPicture } from '../../src/picture/picture.js';
import { loadGazetteerOrNull } from '../../src/geo/gazetteer.js';

export interface RunningServer {
  url: string;
  repo: Repository;
  /** Rebuilds the picture from the stored reports and corrections, as a write through the API does. */
  refresh(): Promise<void>;
  close(): Promise<void>;
}

/** Builds the page with Vite when dist/web has no build yet. */
export async function ensurePageBuilt(): Promise<void> {
  if (existsSync(join(DEFAULT_WEB_DIR, 'index.html'))) return;
  const { build } = await import('vite');
  await build({ logLevel: 'warn' });
}

export async function startServer(dbPath: string, token: string | null): Promise<RunningServer> {
  await ensurePageBuilt();
  const repo = await openRepository(dbPath);
  const gazetteer = loadGazetteerOrNull(() => undefined);
  const context: ApiContext = {
    repo,
    read: (a: SubmittedArticle) =>
      readPage(
        { origin: a.url ?? 'api', url: a.url ?? null, file: null, bytes: Buffer.from(a.html ?? a.text ?? ''), contentType: a.html ? 'text/html' : 'text/plain', published: a.published ?? null },
        { lang: a.lang, published: a.published },
        { gazetteer },
      ),
    refresh: async () => repo.replacePicture(buildPicture(await repo.listReports(), await repo.listCorrections())),
    now: () => new Date(),
  };
  const app = await buildApp({ context, token, webDir: DEFAULT_WEB_DIR });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    repo,
    refresh: () => context.refresh(),
    async close() {
      await app.close();
      await repo.close();
    },
  };
}
