// Third parties of an event: mediators ("brokered by Qatar", "sous l'égide de l'Union africaine")
// help the sides and are neither of them. The markers are the pack's `mediators` list.
import type { Sentence } from '../core/doc.js';
import type { SentenceCtx } from './attribution.js';
import { tokenAt, type EntityMention } from './mentions.js';

/**
 * "talks brokered by Qatar", "under the auspices of Egypt, Qatar and the United States": the names a
 * mediator marker introduces, one after the other with only coordinators and articles between.
 */
export function mediatorsIn(ctx: SentenceCtx, sentence: Sentence, mentions: readonly EntityMention[]): ReadonlySet<EntityMention> {
  const { lowers, lex, doc } = ctx;
  const found = new Set<EntityMention>();
  for (const marker of lex.mediators.scan(lowers, sentence.firstToken, sentence.endToken)) {
    let after = marker.end;
    for (const x of mentions) {
      const t = tokenAt(doc.tokens, x.start);
      if (t < after) continue;
      if (!joining(ctx, after, t)) break;
      found.add(x);
      after = tokenAt(doc.tokens, x.end - 1) + 1;
    }
  }
  return found;
}

/** Whether tokens [from, to) are only coordinators and articles ("Egypt, Qatar and the United States"). */
function joining(ctx: SentenceCtx, from: number, to: number): boolean {
  const { lowers, lex } = ctx;
  for (let t = from; t < to; ) {
    const word = lex.coordinators.longestAt(lowers, t, to) ?? lex.articles.longestAt(lowers, t, to);
    if (!word) return false;
    t = word.end;
  }
  return true;
}
