// Shared by the geo tests: the built gazetteer (once per file), or a skip when it is not built.
import { existsSync } from 'node:fs';
import { defaultIndexPath } from '../../src/geo/index-file.js';
import { loadGazetteer, type Gazetteer } from '../../src/geo/gazetteer.js';

export const indexBuilt = existsSync(defaultIndexPath());
if (!indexBuilt) console.warn('geo tests skipped: no gazetteer index (run `npm run build:gazetteer`)');

export function gazetteer(): Gazetteer {
  return loadGazetteer();
}
