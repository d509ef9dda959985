// `npm run bench -- NAME…`: speed benchmarks, each a module bench/NAME.ts that prints its table.
import { runNamed } from '../scripts/run-named.js';

process.exitCode = await runNamed(new URL('.', import.meta.url), process.argv.slice(2));
