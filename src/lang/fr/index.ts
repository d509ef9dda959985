// French: the data files of this folder assembled into one frozen pack.
import type { LanguagePack } from '../types.js';
import { tokens } from './tokens.js';

export const fr: LanguagePack = Object.freeze({
  code: 'fr',
  iso6393: 'fra',
  name: 'French',
  tokens,
});
