// "called on both sides to return to the table", "the two countries are due to meet": a phrase that names
// the parties together, with no name, stands for the two sides of the last happening told with both.
import type { Sentence, Token } from '../core/doc.js';
import type { CompiledEvents } from './compiled.js';
import type { Draft } from './merge.js';
import { sameSide, tokenAt } from './mentions.js';
import { isCivilians } from './civilians.js';
import { VERBAL, type Plover } from './ontology.js';

/** Tokens between a trigger and the phrase naming the parties, on either side of it. */
const SIDES_REACH = 6;
/** Acts two sides do together: talks, agreements. */
const MUTUAL: ReadonlySet<Plover> = new Set(['CONSULT', 'AGREE', 'COOPERATE']);

/** Fills the sides `d` leaves empty from the last draft with two opposed actors, none on the side of `d`'s own actor. */
export function fillBothSides(lowers: readonly string[], tokens: readonly Token[], lex: CompiledEvents, sentence: Sentence, drafts: readonly Draft[], d: Draft): void {
  if (d.actor2) return;
  const first = tokenAt(tokens, d.trigger.start);
  const end = tokenAt(tokens, d.trigger.end - 1) + 1;
  const after = lex.bothSides.some(lowers, end, Math.min(sentence.endToken, end + SIDES_REACH));
  // Before a mutual act the phrase is its subject ("the two sides met"), when no one else is.
  const before = !after && !d.actor1 && MUTUAL.has(d.plover) && lex.bothSides.some(lowers, Math.max(sentence.firstToken, first - SIDES_REACH), first);
  if (!after && !before) return;
  const own = d.actor1;
  // The sides are those of a deed or of talks between them, not a speaker and whom it addresses, nor an armed actor and the civilians it hit.
  const pair = drafts.findLast(
    (x) =>
      (!VERBAL.has(x.plover) || MUTUAL.has(x.plover)) && x.actor1 && x.actor2 && !isCivilians(x.actor2) && !sameSide(x.actor1, x.actor2) && (!own || (!sameSide(own, x.actor1) && !sameSide(own, x.actor2))),
  );
  if (!pair?.actor1 || !pair.actor2) return;
  if (after) {
    d.actor2 = pair.actor1;
    d.actor2More = [pair.actor2];
  } else {
    d.actor1 = pair.actor1;
    d.actor2 = pair.actor2;
  }
}
