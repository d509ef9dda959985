// What stages share besides the Doc: the frozen language pack and the loaded gazetteer.
// Passed explicitly, never held in module state.
import type { LanguagePack } from '../lang/types.js';
import type { Gazetteer } from '../geo/gazetteer.js';

export interface Context {
  readonly pack: LanguagePack;
  /** Null when the gazetteer index has not been built: places then stay unresolved, with a reason. */
  readonly gazetteer: Gazetteer | null;
}
