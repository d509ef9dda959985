// "The clashes ended with a ceasefire", "told parliament the arrests were lawful", "accused X of the massacre": a
// noun trigger under the definite article, subject of a linking verb or with no date or place of its own, speaks
// of a happening of its type already told, not of a new one; so does the act a condemnation names.
import type { Sentence, Token } from '../core/doc.js';
import type { CompiledEvents } from './compiled.js';
import type { Draft } from './merge.js';
import { tokenAt } from './mentions.js';

/** The last happening of its type and time that a draft naming one already told ("a condamné l'attaque") re-mentions; the draft's trigger joins its mentions. */
export function condemned(drafts: readonly Draft[], d: Draft): Draft | undefined {
  const e = d.told ? drafts.findLast((x) => x.plover === d.plover && x.timing === d.timing) : undefined;
  e?.mentions.push(d.trigger);
  return e;
}

/** Words a noun may have between its article and itself ("the camp attack", "the Nairobi talks"). */
const MODIFIERS = 1;

/** The earlier draft `d` re-mentions, if `d` is such a noun; its trigger is added to that draft's mentions. */
export function retold(lowers: readonly string[], tokens: readonly Token[], lex: CompiledEvents, sentence: Sentence, drafts: readonly Draft[], d: Draft): Draft | undefined {
  const told = drafts.findLast((e) => e.plover === d.plover);
  if (!told) return undefined;
  const first = tokenAt(tokens, d.trigger.start);
  const end = tokenAt(tokens, d.trigger.end - 1) + 1;
  if (!lex.definite.some(lowers, Math.max(sentence.firstToken, first - 1 - MODIFIERS), first)) return undefined;
  const link = lex.retold.longestAt(lowers, end, sentence.endToken);
  // "the attack was carried out by X": a passive still tells who did it.
  const linking = link !== null && !(link.end < sentence.endToken && lex.participle.test(lowers[link.end]));
  // "accused Ruto of ordering the crackdown", "an inquiry into the killings": with no date or place of its own it is the one told.
  const bare = !d.dateStated && (!d.place || d.place.id === told.place?.id);
  if (!linking && !bare) return undefined;
  told.mentions.push(d.trigger);
  // "Vesna was shelled on Tuesday. The attack was carried out by X": what the re-mention adds fills what was unknown.
  if (!told.actor1 && d.actor1 !== told.actor2) told.actor1 = d.actor1;
  if (!told.actor2 && d.actor2 !== told.actor1) told.actor2 = d.actor2;
  return told;
}
