// What a language pack provides. Each section is data (word lists, tables, patterns) that one
// shared engine in src/ reads; no French or English word appears outside src/lang/.
// A section's type lives beside the engine that reads it.
import type { TokenLexicon } from '../analyse/tokens.js';
import type { PlaceLexicon } from '../geo/recognize.js';
import type { ExtractLexicon } from '../clean/lexicon.js';
import type { DateLexicon } from '../analyse/dates/lexicon.js';
import type { NumberLexicon } from '../analyse/figures/numbers.js';
import type { FigureLexicon } from '../analyse/figures/lexicon.js';
import type { ActorLexicon } from '../analyse/entities/lexicon.js';
import type { QuoteLexicon } from '../analyse/quotes/lexicon.js';
import type { ClaimLexicon, EventLexicon } from '../events/lexicon.js';

export interface LanguagePack {
  /** ISO 639-1 code: "fr", "en". */
  readonly code: string;
  /** ISO 639-3 code, as franc reports it. */
  readonly iso6393: string;
  readonly name: string;
  readonly tokens: TokenLexicon;
  readonly places: PlaceLexicon;
  readonly extract: ExtractLexicon;
  readonly dates: DateLexicon;
  readonly numbers: NumberLexicon;
  readonly figures: FigureLexicon;
  readonly actors: ActorLexicon;
  readonly quotes: QuoteLexicon;
  readonly events: EventLexicon;
  readonly claims: ClaimLexicon;
}
