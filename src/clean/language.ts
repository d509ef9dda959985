// Language of the kept text: franc-min over all the languages it knows, so that text in a
// language without a pack is named as such rather than forced into the nearest pack.
import { francAll } from 'franc-min';
import { allPacks } from '../lang/index.js';
import { functionWordsOf } from '../geo/places.js';
import type { LanguagePack } from '../lang/types.js';

const SAMPLE_CHARS = 4000;
/**
 * A pack language wins when its score is this close to the best language's. franc's relative
 * scores for unrelated languages sit only 3–5 % apart (German text scores 0.96 as French), so the
 * margin must stay tight or every European text would be read as French or English.
 */
const PACK_MARGIN = 0.99;
/** Below this many characters trigram scores mislead ("Pirates seized a vessel off Somalia on Monday." scores as Italian). */
const SHORT_CHARS = 300;
/** Share of a short text's words that one pack's function words must make up to name its language. */
const FUNCTION_SHARE = 0.2;
const MIN_WORDS = 5;

/** The pack whose function words ("the", "of", "selon") make up enough of a short text, if one does. */
function byFunctionWords(sample: string, packs: readonly LanguagePack[]): LanguagePack | null {
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < MIN_WORDS) return null;
  let best: LanguagePack | null = null;
  let bestShare = FUNCTION_SHARE;
  for (const pack of packs) {
    const set = functionWordsOf(pack.places);
    const share = words.filter((w) => set.has(w)).length / words.length;
    if (share >= bestShare) [best, bestShare] = [pack, share];
  }
  return best;
}

/** The pack code ("fr", "en") of the text, another ISO 639-3 code, or "und" when too short to tell. */
export function identifyLanguage(text: string, hint: string | null = null): string {
  const packs = allPacks();
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const scores = francAll(sample, { minLength: 20 });
  const [best] = scores;
  const hinted = hint ? packs.find((p) => p.code === hint.toLowerCase().slice(0, 2)) : undefined;
  if (!best || best[0] === 'und') return hinted?.code ?? 'und';
  const byCode = new Map(scores);
  const ranked = packs
    .map((p) => ({ pack: p, score: (byCode.get(p.iso6393) ?? 0) + (p === hinted ? 0.05 : 0) }))
    .sort((a, b) => b.score - a.score);
  const top = ranked[0];
  if (top && top.score >= best[1] * PACK_MARGIN) return top.pack.code;
  return (sample.length < SHORT_CHARS ? byFunctionWords(sample, packs)?.code : null) ?? best[0];
}
