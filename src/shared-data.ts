// Where the benchmark data lives: ../shared beside the project (or SITREP_SHARED). It is read
// in place, never copied; callers skip with a message when it is absent.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

export const PROJECT_ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

export function sharedDir(): string | null {
  const dir = process.env.SITREP_SHARED ?? resolve(PROJECT_ROOT, '..', 'shared');
  return existsSync(dir) ? dir : null;
}

export function sharedPath(...parts: string[]): string | null {
  const dir = sharedDir();
  if (!dir) return null;
  const path = resolve(dir, ...parts);
  return existsSync(path) ? path : null;
}
