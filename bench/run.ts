// `npm run bench -- NAME…`: speed benchmarks, each a module bench/NAME.ts exporting `run(args)`
// that prints its table. With no name, every benchmark runs.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const available = readdirSync(here).filter((f) => f.endsWith('.ts') && f !== 'run.ts' && !f.startsWith('_')).map((f) => f.slice(0, -3));
const [name, ...args] = process.argv.slice(2);
const chosen = name ? [name] : available;
for (const n of chosen) {
  if (!available.includes(n)) {
    console.error(`unknown benchmark "${n}"; available: ${available.join(', ')}`);
    process.exit(2);
  }
  const mod = (await import(`./${n}.ts`)) as { run(args: string[]): Promise<void> };
  await mod.run(args);
}
