// A full disk, made real by capping the SQLite file's pages: the write stops with a coded message
// that says what happened, and the transaction leaves nothing half-written.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqlite } from '../../src/store/sqlite/database.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-full-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a full disk', () => {
  it('stops the write with SITREP_E_STORE and rolls the transaction back', async () => {
    const db = openSqlite(join(dir, 'full.db'));
    try {
      await db.run('CREATE TABLE pages (body TEXT)');
      await db.run("INSERT INTO pages VALUES ('already stored')");
      const [{ page_count: pages }] = await db.all<{ page_count: number }>('PRAGMA page_count');
      await db.run(`PRAGMA max_page_count = ${pages + 2}`);
      const write = db.transaction(async (tx) => {
        await tx.run("INSERT INTO pages VALUES ('first part of an article')");
        await tx.insert('pages', ['body'], [['x'.repeat(64 * 1024)]]);
      });
      await expect(write).rejects.toMatchObject({ code: 'SITREP_E_STORE', message: expect.stringMatching(/the disk is full; nothing of the current article was written/) });
      expect(await db.all('SELECT body FROM pages')).toEqual([{ body: 'already stored' }]);
    } finally {
      await db.close();
    }
  });
});
