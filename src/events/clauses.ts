// Clauses inside a sentence, found from the pack's subordinators: a subordinate or relative
// clause runs from its opening word to the next comma (or the next subordinator, or the end).
// A trigger's own clause is searched first for its place and date, and the other subordinate
// clauses of the sentence are never searched ("Alors que la Russie défend sa stratégie en Syrie, …").
import type { Sentence, Token } from '../core/doc.js';
import type { CompiledEvents } from './compiled.js';

export interface TokenRange {
  readonly first: number;
  readonly end: number;
}

export interface SentenceClauses {
  readonly sentence: Sentence;
  readonly subordinates: readonly TokenRange[];
  /** A leading participial clause ("S'exprimant à Paris, …"), when the sentence opens with one. */
  readonly leading: TokenRange | null;
}

const isBreak = (t: Token) => t.text === ',' || t.text === ';' || t.text === ':';

export function clausesOf(text: string, tokens: readonly Token[], lowers: readonly string[], sentence: Sentence, lex: CompiledEvents): SentenceClauses {
  const starts = lex.subordinators
    .scan(lowers, sentence.firstToken, sentence.endToken)
    .filter((m) => !lex.timesOfDay.some(lowers, m.end, Math.min(m.end + 1, sentence.endToken)))
    .map((m) => m.first);
  // "qui regroupe des troupes du Nigeria, du Niger et du Tchad, doit…": a comma before "de" goes on listing.
  const listing = (t: number) => tokens[t].text === ',' && lex.genitive.longestAt(lowers, t + 1, sentence.endToken) !== null;
  const subordinates: TokenRange[] = starts.map((first, i) => {
    let end = first + 1;
    const stop = starts[i + 1] ?? sentence.endToken;
    while (end < stop && !(isBreak(tokens[end]) && !listing(end))) end++;
    return { first, end };
  });
  let leading: TokenRange | null = null;
  if (lex.leadingParticiple.test(text.slice(sentence.start, sentence.end))) {
    let end = sentence.firstToken + 1;
    while (end < sentence.endToken && !(isBreak(tokens[end]) && !inside(subordinates, end))) end++;
    if (end < sentence.endToken) leading = { first: sentence.firstToken, end };
  }
  return { sentence, subordinates, leading };
}

export function inside(ranges: readonly TokenRange[], token: number): TokenRange | undefined {
  return ranges.find((r) => token >= r.first && token < r.end);
}

/** The clause of a token: its subordinate clause, or the main clause (the sentence minus subordinates). */
export function clauseOf(c: SentenceClauses, token: number): { range: TokenRange; subordinate: boolean } {
  const sub = inside(c.subordinates, token);
  return sub ? { range: sub, subordinate: true } : { range: { first: c.sentence.firstToken, end: c.sentence.endToken }, subordinate: false };
}

/** Whether `token` is in the same clause as `anchor`. */
export function sameClause(c: SentenceClauses, anchor: number, token: number): boolean {
  return inside(c.subordinates, anchor) === inside(c.subordinates, token);
}

/** Whether `token` lies in a subordinate clause that does not contain `anchor` (never searched for it). */
export function inOtherClause(c: SentenceClauses, anchor: number, token: number): boolean {
  const sub = inside(c.subordinates, token);
  return sub !== undefined && sub !== inside(c.subordinates, anchor);
}
