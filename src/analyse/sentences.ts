// Sentence splitting: article blocks are hard boundaries; inside a block a sentence ends at
// . ! ? … (and a closing quote after it) before a capital, a digit or an opening quote,
// unless the period belongs to an abbreviation or an initial.
import type { Block } from '../model/reading.js';
import type { Sentence, Token } from '../core/doc.js';
import type { TokenLexicon } from './tokens.js';

const TERMINAL = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['»', '"', '”', '’', ')', ']']);
const SPACED_CLOSERS = new Set(['»', '”']);
const OPENS_SENTENCE = /^[\p{Lu}\p{Nd}«"“(\[]/u;

export function splitSentences(text: string, tokens: readonly Token[], blocks: readonly Block[], lexicon: TokenLexicon): Sentence[] {
  const abbreviations = new Set(lexicon.abbreviations.map((a) => a.toLowerCase()));
  const sentences: Sentence[] = [];
  let block = 0;
  let first = 0;
  const close = (endToken: number) => {
    if (endToken > first) {
      sentences.push({ start: tokens[first].start, end: tokens[endToken - 1].end, firstToken: first, endToken, block: blockOf(tokens[first].start) });
    }
    first = endToken;
  };
  const crossesBlock = blockCrossing(blocks);
  const blockOf = (offset: number): number => {
    while (block < blocks.length - 1 && blocks[block].end <= offset) block++;
    return block;
  };
  for (let i = 0; i < tokens.length; i++) {
    const next = tokens[i + 1];
    if (!next) break;
    // A block boundary between two tokens always ends the sentence.
    const gap = next.start - tokens[i].end;
    if (crossesBlock(tokens[i].end, next.start) || (gap >= 2 && /\n\s*\n/.test(text.slice(tokens[i].end, next.start)))) {
      close(i + 1);
      continue;
    }
    // Every terminal mark is punctuation: the kind test spares most tokens the set look-up.
    if (tokens[i].kind !== 'punct' || !TERMINAL.has(tokens[i].text)) continue;
    if (tokens[i].text === '.' && isAbbreviation(tokens, i, abbreviations)) continue;
    let end = i + 1;
    // French sets » off with a space; other closers touch the period.
    while (end < tokens.length && CLOSERS.has(tokens[end].text) && (tokens[end].start === tokens[end - 1].end || (SPACED_CLOSERS.has(tokens[end].text) && !/\n/.test(text.slice(tokens[end - 1].end, tokens[end].start))))) end++;
    const after = tokens[end];
    if (!after || after.start === tokens[end - 1].end) continue;
    if (OPENS_SENTENCE.test(after.text)) {
      close(end);
      i = end - 1;
    }
  }
  close(tokens.length);
  return sentences;
}

/** Whether a block ends in [from, to] after starting before `from`; asked with `from` never decreasing. */
function blockCrossing(blocks: readonly Block[]): (from: number, to: number) => boolean {
  // A cursor over the ends in order: scanning every block between every two tokens was quadratic.
  const byEnd = [...blocks].sort((a, b) => a.end - b.end);
  let cursor = 0;
  return (from, to) => {
    while (cursor < byEnd.length && byEnd[cursor].end < from) cursor++;
    for (let k = cursor; k < byEnd.length && byEnd[k].end <= to; k++) if (byEnd[k].start < from) return true;
    return false;
  };
}

function isAbbreviation(tokens: readonly Token[], i: number, abbreviations: ReadonlySet<string>): boolean {
  const prev = tokens[i - 1];
  if (!prev || prev.end !== tokens[i].start) return false;
  // An initial: "J. Kerry", "G.W."
  if (prev.kind === 'word' && prev.text.length === 1 && /\p{Lu}/u.test(prev.text)) return true;
  // Join the tokens touching the period back into a word: "J.-C.", "U.S.".
  let j = i - 1;
  while (j > 0 && tokens[j - 1].end === tokens[j].start && tokens[j - 1].kind !== 'symbol' && tokens[j - 1].text !== ' ') j--;
  for (let k = j; k < i; k++) {
    const candidate = tokens.slice(k, i + 1).map((t) => t.text).join('').toLowerCase();
    if (abbreviations.has(candidate)) return true;
  }
  return false;
}

/**
 * Whether the name a sentence opens with, after its preposition, ends at token `end` as the sentence's frame
 * ("Au Niger voisin, l'armée…", "In Mali, the army…"): one lowercase word may qualify it, then a comma closes it.
 */
export function closesFrame(tokens: readonly Token[], end: number): boolean {
  const comma = /^\p{Ll}/u.test(tokens[end]?.text ?? '') ? end + 1 : end;
  return tokens[comma]?.text === ',';
}
