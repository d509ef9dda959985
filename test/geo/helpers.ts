// Shared by the geo tests: the built gazetteer (once per file), or a skip when it is not built.
import { existsSync } from 'node:fs';
import { defaultIndexPath } from '../../src/geo/index-file.js';
import { loadGazetteer, type Gazetteer } from '../../src/geo/gazetteer.js';

export const indexBuilt = existsSync(defaultIndexPath());
if (!indexBuilt) console.warn('geo tests skipped: no gazetteer index (run `npm run build:gazetteer`)');

export function gazetteer(): Gazetteer {
  return loadGazetteer();
}

/** The [start, end) span of each name in `text`, each found after the one before. */
export function spansOf(text: string, names: readonly string[]): (readonly [number, number])[] {
  let from = 0;
  return names.map((n) => {
    const start = text.indexOf(n, from);
    from = start + n.length;
    return [start, start + n.length] as const;
  });
}
