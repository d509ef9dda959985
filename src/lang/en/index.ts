// English: the data files of this folder assembled into one frozen pack.
import type { LanguagePack } from '../types.js';
import { tokens } from './tokens.js';

export const en: LanguagePack = Object.freeze({
  code: 'en',
  iso6393: 'eng',
  name: 'English',
  tokens,
});
