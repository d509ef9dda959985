// Runs a pack-built regex only where it can match: at the start of an anchor token (a month name,
// a number…) or of one of the few tokens before it. Scanning the whole text with large Unicode,
// case-insensitive alternations costs far more than the stage's real work.
import type { Token } from '../../core/doc.js';

/** Every match of the sticky `re` that starts at an anchor token (ascending) or up to `back` tokens before one; each start once. */
export function* anchoredMatches(
  text: string,
  tokens: readonly Token[],
  re: RegExp,
  anchors: readonly number[],
  back: number,
): Generator<RegExpExecArray> {
  // Anchors come in order: the tokens before `next` have been tried.
  let next = 0;
  for (const a of anchors) {
    for (let k = Math.max(next, a - back); k <= a; k++) {
      re.lastIndex = tokens[k].start;
      const m = re.exec(text);
      if (m) yield m;
    }
    next = Math.max(next, a + 1);
  }
}
