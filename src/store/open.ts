// Opens the store a user names: a postgres:// URL or a SQLite file path (created and migrated
// on first use). The one entry point for commands, the API server and tests.
import type { Repository } from './repository.js';
import { SqlRepository } from './sql/sql-repository.js';
import { migrate } from './sql/migrate.js';
import { openSqlite } from './sqlite/database.js';
import { openPostgres } from './postgres/database.js';
import type { Database } from './sql/executor.js';

export const DEFAULT_DB = 'sitrep.db';

export interface OpenOptions {
  /** SQLite: how long to wait for another process's write lock (ms). */
  readonly busyTimeoutMs?: number;
  /** PostgreSQL: connections in the pool. */
  readonly poolSize?: number;
}

export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

export async function openRepository(location: string = DEFAULT_DB, options: OpenOptions = {}): Promise<Repository> {
  const db: Database = isPostgresUrl(location) ? openPostgres(location, options) : openSqlite(location, options);
  try {
    await migrate(db);
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
  return new SqlRepository(db);
}
