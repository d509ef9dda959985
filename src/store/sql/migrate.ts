// Numbered migrations (src/store/migrations/<engine>/NNN_name.sql), applied in order on first
// use, each in its own transaction, under a lock so that concurrent processes apply each once.
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { PROJECT_ROOT } from '../../shared-data.js';
import type { Database } from './executor.js';

interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

function migrations(engine: Database['engine']): Migration[] {
  // From the project, not beside this module: the compiled module (dist/node) has no .sql next to it.
  const dir = join(PROJECT_ROOT, 'src', 'store', 'migrations', engine) + sep;
  return readdirSync(dir)
    .filter((f) => /^\d+_.+\.sql$/.test(f))
    .sort()
    .map((f) => ({ version: Number.parseInt(f, 10), name: f, sql: readFileSync(dir + f, 'utf8') }));
}

/** Applies what is missing; returns the names applied. */
export async function migrate(db: Database): Promise<string[]> {
  await db.transaction(async (tx) => {
    await db.lockExclusive(tx);
    await tx.run('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  });
  const applied: string[] = [];
  for (const m of migrations(db.engine)) {
    await db.transaction(async (tx) => {
      await db.lockExclusive(tx);
      const done = await tx.all('SELECT 1 FROM schema_migrations WHERE version = ?', [m.version]);
      if (done.length) return;
      await db.script(tx, m.sql);
      await tx.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [m.version, m.name, new Date().toISOString()]);
      applied.push(m.name);
    });
  }
  return applied;
}
