// Claims: one per (source, event) — or per (source, figure) for a figure no event holds — with
// the modality of the mention and the cue that names the source. A source that is itself a
// party to the event only alleges it.
import type { Doc } from '../core/doc.js';
import type { Claim, Entity, Event, Modality } from '../model/reading.js';
import type { LanguagePack } from '../lang/types.js';
import { compileEvents } from './compiled.js';
import { lowersOf } from './patterns.js';
import { entityMentions, sameSide, sentenceAt, tokenAt } from './mentions.js';
import { sourceOf, stanceOf, type SentenceCtx } from './attribution.js';

export function findClaims(doc: Doc, pack: LanguagePack): Claim[] {
  const ctx: SentenceCtx = { doc, lowers: lowersOf(doc.tokens), lex: compileEvents(pack), mentions: entityMentions(doc.entities) };
  const claims: Omit<Claim, 'id'>[] = [];
  const seen = new Set<string>();
  const add = (key: string, claim: Omit<Claim, 'id'>) => {
    if (seen.has(key)) return;
    seen.add(key);
    claims.push(claim);
  };
  const datesIn = (start: number, end: number) => doc.dates.filter((d) => d.date && !d.duration && d.start >= start && d.end <= end);
  for (const event of doc.events) {
    for (const trigger of [event.trigger, ...event.mentions]) {
      const sentence = sentenceAt(doc.sentences, trigger.start);
      if (!sentence) continue;
      const first = tokenAt(doc.tokens, trigger.start);
      const source = sourceOf(ctx, sentence, first);
      if (!source) continue;
      const end = tokenAt(doc.tokens, trigger.end - 1) + 1;
      const stance = stanceOf(ctx, sentence, first, end, null, datesIn(sentence.start, sentence.end));
      const figure = event.figures.find((f) => {
        const fig = doc.figures.find((x) => x.id === f.figure);
        return fig && fig.start >= sentence.start && fig.end <= sentence.end;
      });
      const id = source.mention.entity.id;
      add(`${id}|${event.id}`, { source: id, modality: partyModality(doc, event, source.mention.entity, stance.modality), event: event.id, figure: figure?.figure ?? null, cue: source.cue });
    }
  }
  const held = new Set(doc.events.flatMap((e) => e.figures.map((f) => f.figure)));
  for (const figure of doc.figures) {
    if (held.has(figure.id)) continue;
    const sentence = sentenceAt(doc.sentences, figure.start);
    const source = sentence && sourceOf(ctx, sentence, tokenAt(doc.tokens, figure.start));
    if (!source) continue;
    const stance = stanceOf(ctx, sentence, tokenAt(doc.tokens, figure.start), tokenAt(doc.tokens, figure.end - 1) + 1, null, []);
    add(`${source.mention.entity.id}|${figure.id}`, { source: source.mention.entity.id, modality: stance.modality, event: null, figure: figure.id, cue: source.cue });
  }
  return claims.sort((a, b) => a.cue.start - b.cue.start).map((c, i) => ({ ...c, id: `cl${i + 1}` }));
}

function partyModality(doc: Doc, event: Event, source: Entity, modality: Modality): Modality {
  const parties = [event.actor1, event.actor2, ...event.actor1_more, ...event.actor2_more].map((id) => doc.entities.find((e) => e.id === id));
  return modality === 'asserted' && parties.some((p) => p && sameSide(p, source)) ? 'alleged' : modality;
}
