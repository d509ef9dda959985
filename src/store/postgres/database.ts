// PostgreSQL engine (pg): a small pool, `?` placeholders rewritten to `$n`, 64-bit integers
// read as numbers, and connection errors turned into coded messages.
import pg from 'pg';
import { SitrepError } from '../../errors.js';
import type { Database, Executor, SqlValue, Row } from '../sql/executor.js';

export interface PostgresOptions {
  readonly poolSize?: number;
}

/** The URL with its password masked, for messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://…';
  }
}

function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

const INT8 = 20;
const NUMERIC = 1700;
const types = {
  getTypeParser(oid: number, format?: string) {
    if (oid === INT8 || oid === NUMERIC) return (value: string) => Number(value);
    return (pg.types.getTypeParser as (oid: number, format?: string) => (value: string) => unknown)(oid, format);
  },
};

function storeError(error: unknown, location: string): unknown {
  const code = (error as { code?: unknown })?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'ETIMEDOUT')
    return new SitrepError('SITREP_E_STORE', `${location}: cannot reach the PostgreSQL server (${code})`, error);
  if (code === '28P01' || code === '28000')
    return new SitrepError('SITREP_E_STORE', `${location}: the server refused the user or password (${message})`, error);
  if (code === '3D000') return new SitrepError('SITREP_E_STORE', `${location}: no such database (${message})`, error);
  if (code === '53100') return new SitrepError('SITREP_E_STORE', `${location}: the server's disk is full (${message})`, error);
  return error;
}

export function openPostgres(url: string, options: PostgresOptions = {}): Database {
  const location = redactUrl(url);
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 4, types });
  // An idle client that loses its server must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  const on = (client: pg.Pool | pg.PoolClient): Executor => {
    const exec: Executor = {
      async all<T extends Row>(sql: string, params: readonly SqlValue[] = []) {
        try {
          return (await client.query(numbered(sql), params as SqlValue[])).rows as T[];
        } catch (error) {
          throw storeError(error, location);
        }
      },
      async run(sql: string, params: readonly SqlValue[] = []) {
        try {
          return (await client.query(numbered(sql), params as SqlValue[])).rowCount ?? 0;
        } catch (error) {
          throw storeError(error, location);
        }
      },
      // Multi-row VALUES in chunks: one round trip per chunk, under the 65535-parameter limit.
      async insert(table, columns, rows, suffix = '') {
        const perChunk = Math.max(1, Math.floor(16_000 / columns.length));
        const tuple = `(${columns.map(() => '?').join(', ')})`;
        let inserted = 0;
        for (let i = 0; i < rows.length; i += perChunk) {
          const chunk = rows.slice(i, i + perChunk);
          const sql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${chunk.map(() => tuple).join(', ')} ${suffix}`;
          inserted += await exec.run(sql, chunk.flat());
        }
        return inserted;
      },
    };
    return exec;
  };
  const direct = on(pool);
  return {
    engine: 'postgres',
    location,
    skipLocked: 'FOR UPDATE SKIP LOCKED',
    joinRows: (expr) => `string_agg(${expr}, ?)`,
    all: direct.all,
    run: direct.run,
    insert: direct.insert,
    async transaction(fn) {
      let client: pg.PoolClient;
      try {
        client = await pool.connect();
      } catch (error) {
        throw storeError(error, location);
      }
      try {
        await client.query('BEGIN');
        const result = await fn(on(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw storeError(error, location);
      } finally {
        client.release();
      }
    },
    async script(tx, sql) {
      await tx.run(sql);
    },
    async lockExclusive(tx) {
      // Any constant shared by every Sitrep process: the first wins, the others wait.
      await tx.all('SELECT pg_advisory_xact_lock(7210315)');
    },
    async refreshStatistics(tables) {
      await direct.run(`ANALYZE ${tables.join(', ')}`);
    },
    async close() {
      await pool.end();
    },
  };
}
