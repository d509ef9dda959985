// The little the shared SQL repository needs from an engine: run a statement, read rows, run a
// transaction. SQL is written once with `?` placeholders; each engine adapts it.
export type SqlValue = string | number | null;
export type Row = Record<string, unknown>;

export interface Executor {
  all<T extends Row = Row>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  /** Returns the number of rows changed. */
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
}

export interface Database extends Executor {
  readonly engine: 'sqlite' | 'postgres';
  readonly location: string;
  /** Runs `fn` in one transaction that takes the write lock first; rolls back when it throws. */
  transaction<T>(fn: (tx: Executor) => Promise<T>): Promise<T>;
  /** Runs a script of several statements (migrations), inside the caller's transaction. */
  script(tx: Executor, sql: string): Promise<void>;
  /** Serialises this transaction with every other that calls it (migrations, numbering corrections). */
  lockExclusive(tx: Executor): Promise<void>;
  /** `FOR UPDATE SKIP LOCKED` where the engine has it; SQLite's write lock already serialises claims. */
  readonly skipLocked: string;
  close(): Promise<void>;
}

/** Inserts rows in chunks of multi-row VALUES (one round trip per chunk on PostgreSQL). */
export async function insertMany(
  tx: Executor,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly SqlValue[])[],
  suffix = '',
): Promise<number> {
  // SQLite allows 32766 parameters and PostgreSQL 65535: stay well under both.
  const perChunk = Math.max(1, Math.floor(8000 / columns.length));
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  let changed = 0;
  for (let i = 0; i < rows.length; i += perChunk) {
    const chunk = rows.slice(i, i + perChunk);
    const sql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${chunk.map(() => tuple).join(', ')} ${suffix}`;
    changed += await tx.run(sql, chunk.flat());
  }
  return changed;
}
