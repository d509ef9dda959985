// Claims: one per source and cue — or per (source, figure) for a figure no event holds — with
// the modality of the mention and the cue that names the source. A side reporting its own deeds
// only alleges them; a denial without content of its own denies the sentence before.
import type { Doc } from '../core/doc.js';
import { spanOf } from '../core/doc.js';
import type { Claim, Entity, Event, Modality } from '../model/reading.js';
import type { LanguagePack } from '../lang/types.js';
import { compileEvents, isTrigger } from './compiled.js';
import { lowersOf } from './patterns.js';
import { entityMentions, sameSide, tokenAt, within } from './mentions.js';
import { sentenceAt } from '../core/search.js';
import { sourceOf, stanceOf, type SentenceCtx } from './attribution.js';
import { VERBAL, type Plover } from './ontology.js';

export function findClaims(doc: Doc, pack: LanguagePack): Claim[] {
  const ctx: SentenceCtx = { doc, lowers: lowersOf(doc.tokens), lex: compileEvents(pack), mentions: entityMentions(doc.entities) };
  const claims: Omit<Claim, 'id'>[] = [];
  const seen = new Set<string>();
  const add = (keys: readonly string[], claim: Omit<Claim, 'id'>) => {
    if (keys.some((k) => seen.has(k))) return;
    for (const k of keys) seen.add(k);
    claims.push(claim);
  };
  const datesIn = (start: number, end: number) => doc.dates.filter((d) => d.date && !d.duration && d.start >= start && d.end <= end);
  const { lowers, lex } = ctx;
  // One claim per cue: a source's one statement about a happening read as several triggers. The
  // happening itself comes before the speech acts about it ("accuse X de soutenir Y, ce que X nie").
  const ordered = [...doc.events.filter((e) => !VERBAL.has(e.plover as Plover)), ...doc.events.filter((e) => VERBAL.has(e.plover as Plover))];
  for (const event of ordered) {
    for (const trigger of [event.trigger, ...event.mentions]) {
      const sentence = sentenceAt(doc.sentences, trigger.start);
      if (!sentence) continue;
      const first = tokenAt(doc.tokens, trigger.start);
      const source = sourceOf(ctx, sentence, first);
      if (!source) continue;
      const end = tokenAt(doc.tokens, trigger.end - 1) + 1;
      const stance = stanceOf(ctx, sentence, first, end, null, datesIn(sentence.start, sentence.end), VERBAL.has(event.plover as Plover));
      const figure = event.figures.find((f) => {
        const fig = doc.figures.find((x) => x.id === f.figure);
        return fig && fig.start >= sentence.start && fig.end <= sentence.end;
      });
      const id = source.mention.entity.id;
      // A speech act is its speaker's own doing, not a claim about it ("The UN said … and urged…").
      if (VERBAL.has(event.plover as Plover) && [event.actor1, ...event.actor1_more].includes(id)) continue;
      // "ce que Kigali nie", "X denied that…": the source's own word is a denial.
      const denies = lex.denial.some(lowers, tokenAt(doc.tokens, source.cue.start), tokenAt(doc.tokens, source.cue.end - 1) + 1);
      // Another's denial in the sentence ("…, a claim the US military denied") is that other's claim, not this source's.
      // "revendiquée par X", "X claimed responsibility": the doer asserts its deed, it alleges nothing.
      const owns = lex.responsibility.some(lowers, tokenAt(doc.tokens, source.cue.start), tokenAt(doc.tokens, source.cue.end - 1) + 1);
      const modality = denies ? 'denied' : owns ? 'asserted' : partyModality(doc, event, source.mention.entity, stance.modality === 'denied' ? 'asserted' : stance.modality);
      add([`${id}|${event.id}`, `${id}|${source.cue.start}`], { source: id, modality, event: event.id, figure: figure?.figure ?? null, cue: source.cue });
    }
  }
  for (const denial of bareDenials(doc, ctx)) add([`${denial.source}|${denial.event}|denied`, `${denial.source}|${denial.cue.start}`], denial);
  const held = new Set(doc.events.flatMap((e) => e.figures.map((f) => f.figure)));
  const headline = (offset: number) => doc.article.blocks.some((b) => (b.kind === 'title' || b.kind === 'heading') && b.start <= offset && offset < b.end);
  for (const figure of doc.figures) {
    // A headline's figure repeats the body's.
    if (held.has(figure.id) || headline(figure.start)) continue;
    const sentence = sentenceAt(doc.sentences, figure.start);
    const source = sentence && sourceOf(ctx, sentence, tokenAt(doc.tokens, figure.start));
    if (!source) continue;
    const stance = stanceOf(ctx, sentence, tokenAt(doc.tokens, figure.start), tokenAt(doc.tokens, figure.end - 1) + 1, null, []);
    add([`${source.mention.entity.id}|${figure.id}`], { source: source.mention.entity.id, modality: stance.modality, event: null, figure: figure.id, cue: source.cue });
  }
  return claims.sort((a, b) => a.cue.start - b.cue.start).map((c, i) => ({ ...c, id: `cl${i + 1}` }));
}

/** A side reporting its own deeds ("l'état-major a annoncé avoir repris…") only alleges them; a side reporting what was done to it is a plain source. */
function partyModality(doc: Doc, event: Event, source: Entity, modality: Modality): Modality {
  const doers = [event.actor1, ...event.actor1_more].map((id) => doc.entities.find((e) => e.id === id));
  return modality === 'asserted' && doers.some((p) => p && sameSide(p, source)) ? 'alleged' : modality;
}

/**
 * Denials with no reported content of their own. Before any trigger of its sentence ("L'armée a
 * aussitôt démenti.", "Kigali denied it.") one denies the first happening of the sentence before;
 * after a trigger, with its subject since the last comma ("…, a claim the US military denied"),
 * the happening it follows.
 */
function bareDenials(doc: Doc, ctx: SentenceCtx): Omit<Claim, 'id'>[] {
  const { lowers, lex } = ctx;
  const out: Omit<Claim, 'id'>[] = [];
  const firstHappening = (start: number, end: number) =>
    doc.events.find((e) => !VERBAL.has(e.plover as Plover) && e.trigger.start >= start && e.trigger.end <= end);
  doc.sentences.forEach((sentence, i) => {
    for (const cue of lex.denial.scan(lowers, sentence.firstToken, sentence.endToken)) {
      // Bare: nothing after it, or only what it denies ("a démenti.", "denied it", "ont nié toute responsabilité").
      const next = cue.end < sentence.endToken ? doc.tokens[cue.end] : undefined;
      const bare = !next || next.kind !== 'word' || lex.deniedObjects.longestAt(lowers, cue.end, sentence.endToken);
      if (!bare) continue;
      const cueStart = doc.tokens[cue.first].start;
      const span = spanOf(doc.text, cueStart, doc.tokens[cue.end - 1].end);
      const trailing = lex.triggers.scan(lowers, sentence.firstToken, cue.first).some(isTrigger);
      if (!trailing) {
        const subject = within(ctx.mentions, sentence.start, cueStart).at(-1);
        const event = i > 0 ? firstHappening(doc.sentences[i - 1].start, doc.sentences[i - 1].end) : undefined;
        if (subject && event) out.push({ source: subject.entity.id, modality: 'denied', event: event.id, figure: null, cue: span });
        continue;
      }
      let comma = cue.first - 1;
      while (comma > sentence.firstToken && doc.tokens[comma].text !== ',') comma--;
      const subject = within(ctx.mentions, doc.tokens[comma].end, cueStart).at(-1);
      const event = firstHappening(sentence.start, cueStart);
      if (doc.tokens[comma].text === ',' && subject && event) out.push({ source: subject.entity.id, modality: 'denied', event: event.id, figure: null, cue: span });
    }
  });
  return out;
}
