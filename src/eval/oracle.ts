// Oracle mode: the gold file's own entities, places and dates (found by their forms) stand in
// for the upstream stages, so that quotes, events and claims are measured on their own.
import type { Article, DateMention, Entity, EntityKind, Place, Reading } from '../model/reading.js';
import { EntityKind as EntityKinds } from '../model/reading.js';
import { emptyDoc, spanOf, type Doc } from '../core/doc.js';
import { runStages } from '../core/stage.js';
import { escapeRegExp } from '../core/regex.js';
import type { LanguagePack } from '../lang/types.js';
import { tokenize } from '../analyse/tokens.js';
import { splitSentences } from '../analyse/sentences.js';
import { claimsStage, eventsStage, quotesStage } from '../events/stages.js';
import { toReading } from '../analyse/analyse.js';
import type { GoldFile } from './gold.js';

interface Found {
  readonly start: number;
  readonly end: number;
  readonly owner: number;
}

/** Every occurrence of every form, longest first, never overlapping; short forms match case-sensitively. */
function findForms(text: string, formsByOwner: readonly (readonly string[])[], taken: Found[]): Found[] {
  const all = formsByOwner.flatMap((forms, owner) => forms.map((form) => ({ form, owner }))).sort((a, b) => b.form.length - a.form.length);
  const out: Found[] = [];
  for (const { form, owner } of all) {
    const source = escapeRegExp(form).replace(/['’]/g, "['’]");
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${source}(?![\\p{L}\\p{N}])`, form.length > 3 ? 'giu' : 'gu');
    for (const m of text.matchAll(re)) {
      const hit = { start: m.index, end: m.index + m[0].length, owner };
      if (![...taken, ...out].some((t) => t.start < hit.end && hit.start < t.end)) out.push(hit);
    }
  }
  taken.push(...out);
  return out;
}

const CODE = /^[A-Z]{6}$/;

/** Entities, places and dates given by hand, each found in the text by its surface forms. */
export interface Annotations {
  readonly entities: readonly { name: string; kind?: string; code?: string | null; country?: string | null; role?: string | null; forms: readonly string[] }[];
  readonly places: readonly { name: string; kind?: string; country?: string | null; lat?: number | null; lon?: number | null; forms: readonly string[] }[];
  readonly dates: readonly { form: string; date?: string; duration?: string }[];
}

/** A Doc with tokens, sentences and the annotated mentions, ready for the quote, event and claim stages. */
export function annotatedDoc(article: Article, ann: Annotations, pack: LanguagePack): Doc {
  const text = article.text;
  const taken: Found[] = [];
  const entityHits = findForms(text, ann.entities.map((e) => [e.name, ...e.forms]), taken);
  const placeHits = findForms(text, ann.places.map((p) => [p.name, ...p.forms]), taken);
  const mentions = (hits: Found[], owner: number) => hits.filter((h) => h.owner === owner).sort((a, b) => a.start - b.start).map((h) => spanOf(text, h.start, h.end));
  const entities: Entity[] = ann.entities.map((e, i) => ({
    id: `ent${i + 1}`,
    name: e.name,
    kind: (EntityKinds.options as readonly string[]).includes(e.kind ?? '') ? (e.kind as EntityKind) : 'group',
    code: e.code ?? null,
    country: e.country ?? null,
    role: e.role ?? null,
    mentions: mentions(entityHits, i),
  }));
  const places: Place[] = ann.places.map((p, i) => ({
    id: `pl${i + 1}`,
    name: p.name,
    kind: p.kind ?? 'city',
    country: p.country ?? null,
    admin1: null,
    lat: p.lat ?? null,
    lon: p.lon ?? null,
    geonameid: null,
    feature: null,
    part: null,
    mentions: mentions(placeHits, i),
  }));
  const dates: DateMention[] = ann.dates.flatMap((d) =>
    findForms(text, [[d.form]], []).map((h) => ({
      ...spanOf(text, h.start, h.end),
      date: d.date ?? null,
      precision: d.date ? (d.date.length === 10 ? 'day' : d.date.length === 7 ? 'month' : 'year') : null,
      ...(d.duration ? { duration: d.duration } : {}),
      basis: 'relative' as const,
    })),
  );
  const tokens = tokenize(text, pack.tokens);
  return {
    ...emptyDoc(article, article.published),
    tokens,
    sentences: splitSentences(text, tokens, article.blocks, pack.tokens),
    entities: entities.filter((e) => e.mentions.length),
    places: places.filter((p) => p.mentions.length),
    dates: dates.sort((a, b) => a.start - b.start),
  };
}

/** The quote, event and claim stages over an annotated Doc. */
export const READING_STAGES = [quotesStage, eventsStage, claimsStage];

export function oracleReading(article: Article, gold: GoldFile, pack: LanguagePack): Reading {
  const ann: Annotations = {
    entities: gold.entities.map((e) => ({ ...e, code: e.match?.find((m) => CODE.test(m)) ?? null, forms: e.forms ?? [] })),
    places: gold.places.map((p) => ({ ...p, forms: p.forms ?? [] })),
    dates: gold.dates,
  };
  const doc = annotatedDoc(article, ann, pack);
  const out = runStages(READING_STAGES, doc, { pack, gazetteer: null });
  return { ...toReading(out), tokens: [], warnings: ['oracle: entities, places and dates come from the gold file'] };
}
