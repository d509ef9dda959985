// `sitrep export --format …`: the situation events matching the GET /events filters, given as
// flags, streamed to stdout or --output.
import { createWriteStream } from 'node:fs';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Command } from '../command.js';
import { DEFAULT_DB, openRepository } from '../../store/open.js';
import { EXPORT_FORMAT_NAMES, exportFormat } from '../../export/index.js';
import { eventsMatching } from '../../export/from-store.js';
import { FilterQuery, filterFields, toEventFilter } from '../../api/schemas/filters.js';
import { SitrepError } from '../../errors.js';
import { loadGazetteerOrNull } from '../../geo/gazetteer.js';
import { admin1Namer } from '../../export/admin1.js';

/** Flag name of each filter (--min-sources for min_sources). */
const flag = (parameter: string) => parameter.replace(/_/g, '-');
const FILTER_FLAGS = Object.keys(filterFields);

export const exportCommand: Command = {
  name: 'export',
  usage: `export --format ${EXPORT_FORMAT_NAMES.join('|')} [--bbox …] [--from …] [--to …] [--plover …] [--acled …] [--actor …] [--country …] [--modality …] [--timing …] [--min-sources N] [--q …] [--db …] [--output FILE]`,
  summary: 'write the situation events matching the filters as JSONL, ACLED CSV, GDELT TSV or GeoJSON',
  options: {
    format: { type: 'string' },
    db: { type: 'string', default: DEFAULT_DB },
    output: { type: 'string', short: 'o' },
    ...Object.fromEntries(FILTER_FLAGS.map((p) => [flag(p), { type: 'string' as const }])),
  },
  async run({ values }, io) {
    const format = exportFormat(String(values.format ?? ''));
    if (!format) throw new SitrepError('SITREP_E_USAGE', `--format must be one of ${EXPORT_FORMAT_NAMES.join(', ')}`);
    const given = Object.fromEntries(FILTER_FLAGS.filter((p) => values[flag(p)] !== undefined).map((p) => [p, values[flag(p)]]));
    const parsed = FilterQuery.safeParse(given);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new SitrepError('SITREP_E_USAGE', `--${flag(String(issue.path[0] ?? ''))}: ${issue.message}`);
    }
    const repo = await openRepository(values.db as string);
    try {
      // Only ACLED's admin1 names need the gazetteer.
      const gazetteer = format.name === 'acled-csv' ? loadGazetteerOrNull((m) => io.stderr.write(`sitrep export: ${m}\n`)) : null;
      const options = { now: new Date(), admin1Name: admin1Namer(gazetteer) };
      const chunks = Readable.from(format.render(eventsMatching(repo, toEventFilter(parsed.data)), options));
      const out = values.output ? createWriteStream(values.output as string) : (io.stdout as Writable);
      await pipeline(chunks, out, { end: Boolean(values.output) });
    } catch (error) {
      // The reader went away (`sitrep export … | head`): not a failure of the export.
      if ((error as { code?: string }).code !== 'EPIPE') throw error;
    } finally {
      await repo.close();
    }
    return 0;
  },
};
