// What a language pack provides. Each section is data (word lists, tables, patterns) that one
// shared engine in src/ reads; no French or English word appears outside src/lang/.
// A section's type lives beside the engine that reads it.
import type { TokenLexicon } from '../analyse/tokens.js';

export interface LanguagePack {
  /** ISO 639-1 code: "fr", "en". */
  readonly code: string;
  /** ISO 639-3 code, as franc reports it. */
  readonly iso6393: string;
  readonly name: string;
  readonly tokens: TokenLexicon;
}
