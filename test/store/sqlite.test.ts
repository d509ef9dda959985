import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openRepository } from '../../src/store/open.js';
import { repositoryContract } from './contract.js';
import { situationEvent } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-store-'));
let n = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('SQLite repository', () => {
  repositoryContract(() => openRepository(join(dir, `t${++n}.db`)));
});

describe('the event index over a shared file', () => {
  it("sees another process's replacement of the picture at its next query", async () => {
    const path = join(dir, 'shared.db');
    const [server, ingest] = [await openRepository(path), await openRepository(path)];
    try {
      await ingest.replacePicture({ events: [situationEvent(1), situationEvent(2)], control: [] });
      expect((await server.countEvents({}, { days: false, cell: null })).total).toBe(2);
      await ingest.replacePicture({ events: [situationEvent(3)], control: [] });
      expect((await server.listEvents({}, { limit: 10, offset: 0 })).items.map((e) => e.id)).toEqual(['se3']);
    } finally {
      await Promise.all([server.close(), ingest.close()]);
    }
  });
});
