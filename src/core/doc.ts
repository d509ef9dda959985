// The document that flows through the analysis stages. It owns the one immutable `text`;
// everything else is spans into it (think spaCy's Doc). Stages never mutate a Doc: each returns
// the fields it writes and the runner builds the next Doc from them.
import type { Article, Claim, DateMention, Entity, Event, Figure, Place, Quote } from '../model/reading.js';

export interface Range {
  readonly start: number;
  readonly end: number;
}

export type TokenKind = 'word' | 'number' | 'punct' | 'symbol';

export interface Token extends Range {
  readonly text: string;
  /** Lower case, for lexicon look-ups. */
  readonly lower: string;
  readonly kind: TokenKind;
  /** Whether whitespace follows the token (the tokens plus their spaces rebuild the text). */
  readonly space: boolean;
}

export interface Sentence extends Range {
  /** Index of the sentence's first token and one past its last. */
  readonly firstToken: number;
  readonly endToken: number;
  /** Index of the article block the sentence lies in. */
  readonly block: number;
}

export interface Doc {
  readonly article: Article;
  readonly text: string;
  readonly lang: string;
  /** Publication date (YYYY-MM-DD) that relative dates are resolved against, or null. */
  readonly published: string | null;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly dates: readonly DateMention[];
  readonly figures: readonly Figure[];
  readonly entities: readonly Entity[];
  readonly places: readonly Place[];
  readonly quotes: readonly Quote[];
  readonly events: readonly Event[];
  readonly claims: readonly Claim[];
  readonly warnings: readonly string[];
}

export function emptyDoc(article: Article, published: string | null): Doc {
  return {
    article,
    text: article.text,
    lang: article.lang,
    published,
    tokens: [],
    sentences: [],
    dates: [],
    figures: [],
    entities: [],
    places: [],
    quotes: [],
    events: [],
    claims: [],
    warnings: [],
  };
}

/** A span of the document with the text it covers, derived from the offsets. */
export function spanOf(text: string, start: number, end: number): { start: number; end: number; text: string } {
  return { start, end, text: text.slice(start, end) };
}
