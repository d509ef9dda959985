// `sitrep geocode`: resolves given spans, one JSON document a line on stdin, one line out per line
// in (see src/geo/geocode-protocol.ts), so that resolution can be scored on gold spans.
import { createInterface } from 'node:readline';
import type { Command } from '../command.js';
import { loadGazetteerOrNull } from '../../geo/gazetteer.js';
import { geocodeLine } from '../../geo/geocode-protocol.js';

export const geocode: Command = {
  name: 'geocode',
  usage: 'geocode < lines of {"text": "…", "spans": [[start, end], …], "lang"?: "en"}',
  summary: 'resolve given place spans to coordinates: one JSON line in, one line out',
  options: {},
  async run(_args, io) {
    const gazetteer = loadGazetteerOrNull((message) => io.stderr.write(`sitrep geocode: ${message}\n`));
    let failed = 0;
    for await (const line of createInterface({ input: io.stdin, crlfDelay: Infinity })) {
      if (!line.trim()) continue;
      const out = geocodeLine(line, gazetteer);
      if (out.error) failed++;
      io.stdout.write(JSON.stringify(out) + '\n');
    }
    return failed ? 1 : 0;
  },
};
