// `sitrep analyze INPUT…`: reads each input and prints its reading; storing is `sitrep ingest`.
import { readFile } from 'node:fs/promises';
import type { Command } from '../command.js';
import { readPage } from '../../pipeline.js';
import { errorMessage } from '../../errors.js';

export const analyze: Command = {
  name: 'analyze',
  usage: 'analyze INPUT… [--published YYYY-MM-DD] [--lang fr|en] [--format json|jsonl|text]',
  summary: 'read articles and print entities, places, dates, figures, quotes, claims and events',
  options: {
    published: { type: 'string' },
    lang: { type: 'string' },
    format: { type: 'string', default: 'json' },
  },
  async run({ values, positionals }, io) {
    let failed = 0;
    for (const input of positionals) {
      try {
        const bytes = await readFile(input);
        const reading = readPage(
          { origin: input, url: null, file: input, bytes, contentType: null, published: null },
          { lang: values.lang as string | undefined, published: values.published as string | undefined },
          { gazetteer: null },
        );
        io.stdout.write(JSON.stringify(reading, null, values.format === 'jsonl' ? undefined : 2) + '\n');
      } catch (error) {
        failed++;
        io.stderr.write(`${input}: ${errorMessage(error)}\n`);
      }
    }
    return failed ? 1 : 0;
  },
};
