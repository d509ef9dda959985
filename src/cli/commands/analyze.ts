// `sitrep analyze INPUT…`: reads each input (files, directories, URLs, stdin) and prints its
// reading; storing is `sitrep ingest`. A failed input is reported on stderr and the exit code
// is 1, the other inputs are still read.
import type { Command } from '../command.js';
import { readPage } from '../../pipeline.js';
import { loadGazetteerOrNull } from '../../geo/gazetteer.js';
import type { Reading } from '../../model/reading.js';
import { INPUT_OPTIONS, INPUT_USAGE, createWriter, forEachPage } from '../read-pages.js';
import { renderText } from '../../report/text.js';

/** `--format text`: the reading rendered for a person. */
const renderReading: ((reading: Reading) => string) | null = renderText;

export const analyze: Command = {
  name: 'analyze',
  usage: `analyze ${INPUT_USAGE} [--format json|jsonl|text]`,
  summary: 'read articles and print entities, places, dates, figures, quotes, claims and events',
  options: INPUT_OPTIONS,
  async run({ values, positionals }, io) {
    const out = createWriter(io, values.format as string, renderReading ?? undefined);
    const gazetteer = loadGazetteerOrNull((message) => io.stderr.write(`sitrep analyze: ${message}\n`));
    const options = { lang: values.lang as string | undefined, published: values.published as string | undefined };
    const failed = await forEachPage('analyze', positionals, values, io, (raw) => out.write(readPage(raw, options, { gazetteer })));
    out.end();
    return failed ? 1 : 0;
  },
};
