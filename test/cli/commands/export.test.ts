import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { openRepository } from '../../../src/store/open.js';
import { situationEvent } from '../../export/events.js';

let dir: string;
let db: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-export-'));
  db = join(dir, 'store.db');
  const repo = await openRepository(db);
  await repo.replacePicture({ events: [situationEvent({ id: 'se1' }), situationEvent({ id: 'se2', place: { name: 'Odesa', lat: 46.48, lon: 30.73, country: 'UA', admin1: null, geonameid: null, precision: 'city' } })], control: [] });
  await repo.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => (out += d));
  stderr.on('data', (d) => (err += d));
  const code = await main(args, { stdout, stderr, stdin: new PassThrough() });
  return { code, out, err };
}

describe('sitrep export', () => {
  it('writes the events matching the filter flags', async () => {
    const { code, out } = await run(['export', '--format', 'geojson', '--db', db, '--country', 'UKR']);
    expect(code).toBe(0);
    expect(JSON.parse(out).features.map((f: { id: string }) => f.id)).toEqual(['se2']);
  });

  it('names the flag at fault', async () => {
    const bad = await run(['export', '--format', 'acled-csv', '--db', db, '--min-sources', 'two']);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/--min-sources: must be a whole number/);
    expect((await run(['export', '--format', 'xlsx', '--db', db])).err).toMatch(/--format must be one of jsonl, acled-csv/);
  });
});
