// Builds the app over a store in a temporary SQLite file, filled with situation events of our
// own; `inject` drives it without a port.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/api/app.js';
import { createContext } from '../../src/api/context.js';
import { openRepository } from '../../src/store/open.js';
import type { Repository } from '../../src/store/repository.js';
import type { SituationEvent } from '../../src/model/picture.js';

export const TOKEN = 'test-token-1234';

export interface TestApi {
  readonly app: FastifyInstance;
  readonly repo: Repository;
  close(): Promise<void>;
}

export interface TestOptions {
  readonly token?: string | null;
  /** Keeps the picture as given instead of rebuilding it from stored articles after a write. */
  readonly keepPicture?: boolean;
}

export async function testApi(events: SituationEvent[], options: TestOptions = {}): Promise<TestApi> {
  const token = options.token === undefined ? TOKEN : options.token;
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-api-'));
  const repo = await openRepository(join(dir, 'test.db'));
  await repo.replacePicture({ events, control: [] });
  const context = createContext(repo, null);
  const app = await buildApp({
    context: { ...context, exportOptions: () => ({ now: new Date('2024-03-10T12:00:00Z') }), refresh: options.keepPicture ? async () => undefined : context.refresh },
    token,
    webDir: null,
  });
  return {
    app,
    repo,
    async close() {
      await app.close();
      await repo.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
