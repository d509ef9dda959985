// `npm run eval -- gold [FILE…] [--oracle]`: scores the pipeline on the seed's gold file
// (../shared/seed/palmyre.gold.json, skipped with a message when absent), on the project's own
// gold files under test/fixtures/gold/, and on any gold files given.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { sharedPath, PROJECT_ROOT } from '../src/shared-data.js';
import { evaluateGold } from '../src/eval/evaluate.js';
import { formatScores } from '../src/eval/table.js';
import { loadGazetteerOrNull } from '../src/geo/gazetteer.js';
import { errorMessage } from '../src/errors.js';
import type { FileScore } from '../src/eval/score.js';

export async function run(args: string[]): Promise<void> {
  const oracle = args.includes('--oracle');
  const given = args.filter((a) => !a.startsWith('--'));
  const seed = sharedPath('seed', 'palmyre.gold.json');
  if (!seed) console.log('(../shared/seed/palmyre.gold.json is absent: the seed is skipped)');
  const ownDir = resolve(PROJECT_ROOT, 'test', 'fixtures', 'gold');
  const own = readdirSync(ownDir).filter((f) => f.endsWith('.gold.json')).map((f) => resolve(ownDir, f));
  const files = given.length ? given : [...(seed ? [seed] : []), ...own];
  const gazetteer = oracle ? null : loadGazetteerOrNull((m) => console.log(`(${m})`));
  const scored: FileScore[] = [];
  for (const file of files) {
    try {
      const { reading: _ignored, ...score } = evaluateGold(file, { gazetteer }, { oracle });
      scored.push(score);
    } catch (error) {
      console.log(`${file}: ${errorMessage(error)}`);
    }
  }
  console.log(`# gold evaluation${oracle ? ' (oracle: gold entities, places and dates)' : ''}\n`);
  console.log(formatScores(scored));
}
