import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe } from 'vitest';
import { openRepository } from '../../src/store/open.js';
import { repositoryContract } from './contract.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-store-'));
let n = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('SQLite repository', () => {
  repositoryContract(() => openRepository(join(dir, `t${++n}.db`)));
});
