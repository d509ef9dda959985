// Where the benchmark data lives: ../shared beside the project (or SITREP_SHARED). It is read
// in place, never copied; callers skip with a message when it is absent.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';

/** The folder of package.json above this module: the project, whether it runs from src/ or compiled from dist/node/src/. */
function projectRoot(): string {
  let dir = resolve(fileURLToPath(new URL('..', import.meta.url)));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

export const PROJECT_ROOT = projectRoot();

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
