// Runs named benchmark modules of a folder: `NAME…` runs `<dir>/NAME.ts`'s exported `run(args)`,
// no name runs them all (files starting with "_" are helpers, not benchmarks).
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export async function runNamed(dirUrl: URL, argv: readonly string[]): Promise<number> {
  const dir = fileURLToPath(dirUrl);
  const available = readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'run.ts' && !f.startsWith('_')).map((f) => f.slice(0, -3));
  const [name, ...args] = argv;
  const chosen = name ? [name] : available;
  for (const n of chosen) {
    if (!available.includes(n)) {
      console.error(`unknown benchmark "${n}"; available: ${available.join(', ')}`);
      return 2;
    }
    const mod = (await import(join(dir, `${n}.ts`))) as { run(args: string[]): Promise<void> };
    await mod.run(name ? args : []);
  }
  return 0;
}
