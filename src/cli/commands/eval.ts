// `sitrep eval --gold FILE…`: runs the pipeline on each gold file's document and prints
// precision, recall and F1 for events, modality, timing, quotes and claims, with each miss
// and each spurious event. A gold file that cannot be read is reported; the others still run.
import type { Command } from '../command.js';
import { errorMessage, SitrepError } from '../../errors.js';
import { loadGazetteerOrNull } from '../../geo/gazetteer.js';
import { evaluateGold } from '../../eval/evaluate.js';
import { formatScores } from '../../eval/table.js';
import { total, type FileScore } from '../../eval/score.js';

export const evalCommand: Command = {
  name: 'eval',
  usage: 'eval --gold FILE… [--format table|json] [--oracle]',
  summary: 'score the pipeline against sitrep-gold/1 files (events, modality, timing, quotes, claims)',
  options: {
    gold: { type: 'string', multiple: true },
    format: { type: 'string', default: 'table' },
    oracle: { type: 'boolean', default: false },
  },
  async run({ values, positionals }, io) {
    const files = [...((values.gold as string[] | undefined) ?? []), ...positionals];
    const format = values.format as string;
    if (!files.length) throw new SitrepError('SITREP_E_USAGE', 'give at least one gold file: sitrep eval --gold FILE…');
    if (format !== 'table' && format !== 'json') throw new SitrepError('SITREP_E_USAGE', `--format must be table or json, not "${format}"`);
    const gazetteer = values.oracle ? null : loadGazetteerOrNull((message) => io.stderr.write(`sitrep eval: ${message}\n`));
    const scored: FileScore[] = [];
    let failed = 0;
    for (const file of files) {
      try {
        const { reading, ...score } = evaluateGold(file, { gazetteer }, { oracle: values.oracle as boolean });
        scored.push(score);
        for (const warning of reading.warnings) io.stderr.write(`${file}: ${warning}\n`);
      } catch (error) {
        failed++;
        io.stderr.write(`${file}: ${errorMessage(error)}\n`);
      }
    }
    if (format === 'json') {
      const overall = Object.fromEntries((['events', 'modality', 'timing', 'quotes', 'claims'] as const).map((k) => [k, total(scored, k)]));
      io.stdout.write(JSON.stringify({ files: scored, total: overall }, null, 2) + '\n');
    } else io.stdout.write(formatScores(scored));
    return failed ? 1 : 0;
  },
};
