// Shared by the reading benchmarks: CPU time, and the zyte set's reference bodies read in place.
import { readFileSync } from 'node:fs';
import { sharedPath } from '../src/shared-data.js';

/** Milliseconds of CPU this process has used. */
export function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** The non-empty article bodies of ../shared/bench/extract/zyte, or null when the set is absent. */
export function zyteBodies(): string[] | null {
  const path = sharedPath('bench', 'extract', 'zyte', 'ground-truth.json');
  if (!path) return null;
  const truth = JSON.parse(readFileSync(path, 'utf8')) as Record<string, { articleBody?: string }>;
  return Object.values(truth).map((t) => t.articleBody ?? '').filter(Boolean);
}
