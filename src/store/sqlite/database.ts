// SQLite engine (better-sqlite3): WAL so readers never block the writer, a busy timeout so
// several worker processes can share one file, and engine errors turned into coded messages.
import BetterSqlite3 from 'better-sqlite3';
import { SitrepError } from '../../errors.js';
import type { Database, Executor, SqlValue, Row } from '../sql/executor.js';

export interface SqliteOptions {
  /** How long a writer waits for another process's lock before giving up (ms). */
  readonly busyTimeoutMs?: number;
}

const MESSAGES: Record<string, string> = {
  SQLITE_BUSY: 'the database is locked by another process; wait for it to finish or use another --db',
  SQLITE_LOCKED: 'the database is locked by another process; wait for it to finish or use another --db',
  SQLITE_FULL: 'the disk is full; nothing of the current article was written',
  SQLITE_READONLY: 'the database is read-only; check the file and directory permissions',
  SQLITE_CANTOPEN: 'the database file cannot be opened; check that its directory exists and is writable',
  SQLITE_IOERR: 'the disk reported an I/O error while writing the database',
  SQLITE_CORRUPT: 'the database file is corrupt',
  SQLITE_NOTADB: 'the file is not a SQLite database',
};

/** Turns an engine error into SITREP_E_STORE with a message that says what to do; others pass. */
export function storeError(error: unknown, location: string): unknown {
  const code = (error as { code?: unknown })?.code;
  if (typeof code !== 'string') return error;
  const known = Object.keys(MESSAGES).find((k) => code === k || code.startsWith(`${k}_`));
  if (!known) return error;
  return new SitrepError('SITREP_E_STORE', `${location}: ${MESSAGES[known]} (${code})`, error);
}

export function openSqlite(path: string, options: SqliteOptions = {}): Database {
  let db: BetterSqlite3.Database;
  try {
    db = new BetterSqlite3(path, { timeout: options.busyTimeoutMs ?? 15_000 });
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
  } catch (error) {
    const coded = storeError(error, path);
    if (coded !== error) throw coded;
    throw new SitrepError('SITREP_E_STORE', `${path}: cannot open the database (${(error as Error).message})`, error);
  }
  const statements = new Map<string, BetterSqlite3.Statement>();
  const prepare = (sql: string) => {
    let stmt = statements.get(sql);
    if (!stmt) {
      stmt = db.prepare(sql);
      if (statements.size > 500) statements.clear();
      statements.set(sql, stmt);
    }
    return stmt;
  };
  const guard = <T>(fn: () => T): T => {
    try {
      return fn();
    } catch (error) {
      throw storeError(error, path);
    }
  };
  const direct: Executor = {
    async all<T extends Row>(sql: string, params: readonly SqlValue[] = []) {
      return guard(() => prepare(sql).all(...params) as T[]);
    },
    async run(sql: string, params: readonly SqlValue[] = []) {
      return guard(() => prepare(sql).run(...params).changes);
    },
    // One prepared single-row statement, run per row: SQLite's fastest bulk path.
    async insert(table, columns, rows, suffix = '') {
      if (!rows.length) return 0;
      const stmt = prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')}) ${suffix}`);
      return guard(() => rows.reduce((n, row) => n + stmt.run(...row).changes, 0));
    },
  };
  // One connection per process: statements of other async callers must not slip into an open
  // transaction, so everything waits its turn behind the current transaction.
  let turn: Promise<unknown> = Promise.resolve();
  const queued = <T>(fn: () => Promise<T>): Promise<T> => {
    const next = turn.then(fn, fn);
    turn = next.catch(() => undefined);
    return next;
  };
  return {
    engine: 'sqlite',
    location: path,
    skipLocked: '',
    joinRows: (expr) => `group_concat(${expr}, ?)`,
    all: (sql, params) => queued(() => direct.all(sql, params)),
    run: (sql, params) => queued(() => direct.run(sql, params)),
    insert: (table, columns, rows, suffix) => queued(() => direct.insert(table, columns, rows, suffix)),
    transaction: (fn) =>
      queued(async () => {
        guard(() => db.exec('BEGIN IMMEDIATE'));
        try {
          const result = await fn(direct);
          guard(() => db.exec('COMMIT'));
          return result;
        } catch (error) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw error;
        }
      }),
    async script(_tx, sql) {
      guard(() => db.exec(sql));
    },
    async lockExclusive() {
      // BEGIN IMMEDIATE already holds the write lock.
    },
    async refreshStatistics(tables) {
      await queued(async () => guard(() => db.exec(tables.map((t) => `ANALYZE ${t};`).join(' '))));
    },
    async close() {
      await turn;
      db.close();
    },
  };
}
