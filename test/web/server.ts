// Starts the real server (src/server.ts: the API app with the built page) on 127.0.0.1 and a
// free port, over a SQLite store, for the browser tests and the web benchmark.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '../../src/server.js';
import { DEFAULT_WEB_DIR } from '../../src/api/web.js';
import { openRepository } from '../../src/store/open.js';
import type { Repository } from '../../src/store/repository.js';
import { rebuildPicture } from '../../src/picture/rebuild.js';
import { loadGazetteerOrNull } from '../../src/geo/gazetteer.js';
import { PROJECT_ROOT } from '../../src/shared-data.js';

export interface RunningServer {
  url: string;
  repo: Repository;
  /** Rebuilds the picture from the stored reports and corrections, as an ingest does. */
  refresh(): Promise<void>;
  close(): Promise<void>;
}

const WEB_SOURCES = join(PROJECT_ROOT, 'src', 'web');

/** Builds the page with Vite when dist/web has no build, or one older than a source file. */
export async function ensurePageBuilt(): Promise<void> {
  const built = join(DEFAULT_WEB_DIR, 'index.html');
  const newestSource = Math.max(...readdirSync(WEB_SOURCES).map((f) => statSync(join(WEB_SOURCES, f)).mtimeMs));
  if (existsSync(built) && statSync(built).mtimeMs >= newestSource) return;
  const { build } = await import('vite');
  await build({ root: WEB_SOURCES, configFile: join(PROJECT_ROOT, 'vite.config.ts'), logLevel: 'warn' });
}

export async function startServer(dbPath: string, token: string | null): Promise<RunningServer> {
  await ensurePageBuilt();
  const repo = await openRepository(dbPath);
  const { app, url } = await serve({ repo, gazetteer: loadGazetteerOrNull(() => undefined), port: 0, host: '127.0.0.1', token });
  return {
    url,
    repo,
    refresh: async () => {
      await rebuildPicture(repo);
    },
    async close() {
      await app.close();
      await repo.close();
    },
  };
}
