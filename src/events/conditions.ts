// Triggers that tell of nothing that happened or is planned: negated ("did not attack", "n'enverrait
// pas de soldats"), inside a condition or an open question ("if the strikes continue"), or what a
// condition would bring ("would strike … if"); and whom a conditional threat is aimed at. The words
// are the pack's `negations`, `hypotheticals` and `conditional` lists.
import type { Entity } from '../model/reading.js';
import { clauseOf, type SentenceClauses } from './clauses.js';
import type { SentenceCtx } from './attribution.js';
import { tokenAt, type EntityMention } from './mentions.js';
import type { Match } from './patterns.js';

/** Words that may stand between a negation and its trigger ("did not comment on the strikes"). */
const NEGATION_GAP = 3;
/** How far before a trigger a negation is looked for (its phrase may be long: "not take part in"). */
const NEGATION_SCAN = 8;
/** Tokens a conditional may stand before its trigger ("would strike militant hideouts"). */
const CONDITIONAL_REACH = 4;

/**
 * "did not attack", "will not take part in the talks": a negated trigger. "if the strikes continue",
 * "whether the army would negotiate": a trigger in a condition or an open question. "would strike … if
 * the attacks continued": what the condition would bring. None of them happened or is planned.
 */
export function unreal(ctx: SentenceCtx, clauses: SentenceClauses, m: Match): boolean {
  const { lowers, lex } = ctx;
  const { range, subordinate } = clauseOf(clauses, m.first);
  const from = Math.max(range.first, m.first - NEGATION_SCAN);
  if (lex.negations.scan(lowers, from, m.first).some((n) => m.first - n.end <= NEGATION_GAP)) return true;
  // "n'enverrait pas de soldats": a negation opening right before the trigger and closing inside its gap.
  if (m.first > range.first && (lex.negations.longestAt(lowers, m.first - 1, m.end)?.end ?? 0) > m.first) return true;
  if (subordinate && lex.hypotheticals.longestAt(lowers, range.first, m.first)) return true;
  const condition = (c: { first: number; end: number }) => c !== range && lex.hypotheticals.longestAt(lowers, c.first, c.end) !== null;
  return lex.conditional.some(lowers, Math.max(range.first, m.first - CONDITIONAL_REACH), m.first) && clauses.subordinates.some(condition);
}

/**
 * "menaçant d'intensifier les frappes si l'armée ne désarmait pas le mouvement", "threatened to strike if
 * the army did not act": a threat with no object is made to the first one named in its condition.
 */
export function threatened(ctx: SentenceCtx, clauses: SentenceClauses, m: Match, mentions: readonly EntityMention[], actor1: Entity | null): Entity | null {
  const { lowers, lex, doc } = ctx;
  const condition = clauses.subordinates.find((c) => c.first >= m.end && lex.hypotheticals.longestAt(lowers, c.first, c.end) !== null);
  if (!condition) return null;
  const inCondition = (x: EntityMention) => tokenAt(doc.tokens, x.start) >= condition.first && tokenAt(doc.tokens, x.start) < condition.end;
  return mentions.find((x) => inCondition(x) && x.entity.id !== actor1?.id)?.entity ?? null;
}
