// The registry of language packs. A new language is a folder beside fr/ and en/, added here.
import type { LanguagePack } from './types.js';
import { fr } from './fr/index.js';
import { en } from './en/index.js';
import { SitrepError } from '../errors.js';

const packs: Readonly<Record<string, LanguagePack>> = Object.freeze({ fr, en });

export const languages = Object.freeze(Object.keys(packs));

export function hasPack(code: string): boolean {
  return Object.hasOwn(packs, code);
}

export function getPack(code: string): LanguagePack {
  const pack = packs[code];
  if (!pack) throw new SitrepError('SITREP_E_LANG', `no language pack for "${code}" (Sitrep reads ${languages.join(', ')})`);
  return pack;
}

export function allPacks(): readonly LanguagePack[] {
  return Object.values(packs);
}

export type { LanguagePack } from './types.js';
