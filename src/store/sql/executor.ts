// The little the shared SQL repository needs from an engine: run a statement, read rows, run a
// transaction. SQL is written once with `?` placeholders; each engine adapts it.
export type SqlValue = string | number | null;
export type Row = Record<string, unknown>;

export interface Executor {
  all<T extends Row = Row>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  /** Returns the number of rows changed. */
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
  /**
   * Inserts many rows the engine's fastest way (`suffix` is an ON CONFLICT clause); returns the
   * rows inserted.
   */
  insert(table: string, columns: readonly string[], rows: readonly (readonly SqlValue[])[], suffix?: string): Promise<number>;
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
  /** Refreshes the query planner's statistics on these tables after a bulk change. */
  refreshStatistics(tables: readonly string[]): Promise<void>;
  /** `FOR UPDATE SKIP LOCKED` where the engine has it; SQLite's write lock already serialises claims. */
  readonly skipLocked: string;
  /** The aggregate that joins `expr` over the rows, in their order, with the separator given as the next parameter. */
  joinRows(expr: string): string;
  close(): Promise<void>;
}
