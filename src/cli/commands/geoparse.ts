// `sitrep geoparse INPUT…`: the places of each article (spans, coordinates, GeoNames id, country,
// admin-1), read through the whole pipeline so that entities (metonymic capitals) are not places.
import type { Command } from '../command.js';
import { readPage } from '../../pipeline.js';
import { loadGazetteerOrNull } from '../../geo/gazetteer.js';
import { INPUT_OPTIONS, INPUT_USAGE, createWriter, forEachPage } from '../read-pages.js';

export const geoparse: Command = {
  name: 'geoparse',
  usage: `geoparse ${INPUT_USAGE} [--format json|jsonl]`,
  summary: 'print the places of articles: mentions with spans, coordinates, GeoNames id, country, admin-1',
  options: INPUT_OPTIONS,
  async run({ values, positionals }, io) {
    const out = createWriter(io, values.format as string);
    const gazetteer = loadGazetteerOrNull((message) => io.stderr.write(`sitrep geoparse: ${message}\n`));
    const options = { lang: values.lang as string | undefined, published: values.published as string | undefined };
    const failed = await forEachPage('geoparse', positionals, values, io, (raw) => {
      const reading = readPage(raw, options, { gazetteer });
      out.write({ input: raw.origin, lang: reading.article.lang, places: reading.places });
    });
    out.end();
    return failed ? 1 : 0;
  },
};
