// The article panel: the clean text with the reading's evidence highlighted — entities, places,
// dates, figures and quotes in distinct styles, and the report's evidence span in focus.
import { h } from './dom.js';
import { renderHighlighted, type Mark, type TextBlock } from './highlight.js';
import { safeLink } from './dom.js';

type Json = Record<string, unknown>;

function obj(v: unknown): Json {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {};
}

function list(v: unknown): Json[] {
  return Array.isArray(v) ? v.map(obj) : [];
}

function s(v: unknown): string | null {
  return typeof v === 'string' && v ? v : null;
}

function n(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** The reading inside an `/articles/:id` answer (bare, or under `reading`). */
export function readingOf(body: unknown): Json | null {
  const o = obj(body);
  for (const r of [o, obj(o.reading), obj(obj(o.article).reading)]) if (typeof obj(r.article).text === 'string') return r;
  return null;
}

function spanMark(o: Json, kind: Mark['kind'], label: string | null): Mark | null {
  const start = n(o.start);
  const end = n(o.end);
  return start !== null && end !== null ? { start, end, kind, label: label ?? undefined } : null;
}

/** Every highlight the reading gives, from its offsets. */
export function readingMarks(reading: Json): Mark[] {
  const marks: (Mark | null)[] = [];
  for (const e of list(reading.entities)) {
    const label = [s(e.name), s(e.kind), s(e.code)].filter(Boolean).join(' · ');
    for (const m of list(e.mentions)) marks.push(spanMark(m, 'entity', label));
  }
  for (const p of list(reading.places)) {
    const at = n(p.lat) !== null ? ` (${n(p.lat)!.toFixed(3)}, ${n(p.lon)?.toFixed(3)})` : '';
    for (const m of list(p.mentions)) marks.push(spanMark(m, 'place', `${s(p.name) ?? ''}${at}`));
  }
  for (const d of list(reading.dates)) marks.push(spanMark(d, 'date', [s(d.date), s(d.precision)].filter(Boolean).join(' · ') || 'unresolved'));
  for (const f of list(reading.figures)) marks.push(spanMark(f, 'figure', `${s(f.kind) ?? ''} ${n(f.value) ?? ''} (${s(f.approx) ?? ''})`));
  for (const q of list(reading.quotes)) marks.push(spanMark(q, 'quote', s(q.speakerName) ? `quote: ${s(q.speakerName)}` : 'quote'));
  return marks.filter((m): m is Mark => m !== null);
}

const LEGEND: [Mark['kind'], string][] = [
  ['entity', 'actor'],
  ['place', 'place'],
  ['date', 'date'],
  ['figure', 'figure'],
  ['quote', 'quote'],
  ['evidence', 'evidence'],
];

export function renderArticle(body: unknown, evidence: [number, number] | undefined): HTMLElement {
  const reading = readingOf(body);
  if (!reading) return h('p', { class: 'error' }, 'This article has no readable text.');
  const article = obj(reading.article);
  const text = article.text as string;
  const blocks: TextBlock[] = list(article.blocks)
    .map((b) => ({ kind: s(b.kind) ?? 'paragraph', start: n(b.start) ?? -1, end: n(b.end) ?? -1 }))
    .filter((b) => b.start >= 0);
  const marks = readingMarks(reading);
  if (evidence) marks.push({ start: evidence[0], end: evidence[1], kind: 'evidence', label: 'evidence of the report' });
  const textEl = renderHighlighted(document, text, blocks, marks);
  return h(
    'article',
    { class: 'article', 'aria-label': 'Article' },
    h('h2', { id: 'panel-title', tabindex: '-1' }, s(article.title) ?? 'Untitled article'),
    h(
      'p',
      { class: 'meta' },
      [s(article.site), s(article.published), s(article.lang)].filter(Boolean).join(' · '),
      ' ',
      safeLink(s(article.url)),
    ),
    h('ul', { class: 'legend', 'aria-label': 'Highlight legend' }, LEGEND.map(([kind, label]) => h('li', {}, h('mark', { class: `hl-${kind}` }, label)))),
    textEl,
  );
}

/** Scrolls the evidence into view once the panel is on screen. */
export function revealEvidence(root: HTMLElement): void {
  root.querySelector('mark.hl-evidence')?.scrollIntoView({ block: 'center' });
}
