// Runs named benchmark modules of a folder: `NAME…` runs `<dir>/NAME.ts`'s exported `run(args)`,
// no name runs them all (files starting with "_" are helpers, not benchmarks).
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extname, join } from 'node:path';

/** ".ts" from the sources, ".js" from the compiled build (dist/node): the modules are named like this one. */
const EXT = extname(fileURLToPath(import.meta.url));

export async function runNamed(dirUrl: URL, argv: readonly string[]): Promise<number> {
  const dir = fileURLToPath(dirUrl);
  const available = readdirSync(dir).filter((f) => f.endsWith(EXT) && f !== `run${EXT}` && !f.startsWith('_')).map((f) => f.slice(0, -EXT.length));
  const [name, ...args] = argv;
  const chosen = name ? [name] : available;
  for (const n of chosen) {
    if (!available.includes(n)) {
      console.error(`unknown benchmark "${n}"; available: ${available.join(', ')}`);
      return 2;
    }
    const mod = (await import(join(dir, `${n}${EXT}`))) as { run(args: string[]): Promise<void> };
    await mod.run(name ? args : []);
  }
  return 0;
}
