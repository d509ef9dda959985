// `npm run eval -- NAME…`: accuracy benchmarks, each a module eval/NAME.ts that prints its table.
import { runNamed } from '../scripts/run-named.js';

process.exitCode = await runNamed(new URL('.', import.meta.url), process.argv.slice(2));
