// The event panel: what the event is (PLOVER, ACLED, CAMEO), who, where, when and how sure;
// its reports, each opening its article at the evidence; figures per claimant side by side.
import { isAsserted, typeColour } from './colors.js';
import { h } from './dom.js';
import type { ViewContradiction, ViewEventDetail, ViewFigure, ViewReport } from './model.js';

export interface EventLinks {
  article(report: ViewReport): string;
  place(id: string): string;
}

function row(label: string, ...value: (Node | string | null)[]): HTMLElement[] {
  return [h('dt', {}, label), h('dd', {}, ...value.map((v) => v ?? '—'))];
}

/** Figures as a table: one row per kind, one column per claimant. */
export function figureTable(figures: readonly ViewFigure[]): HTMLElement | null {
  if (!figures.length) return null;
  const claimants = [...new Set(figures.map((f) => f.claimant))];
  const kinds = [...new Set(figures.map((f) => f.kind))];
  const cell = (kind: string, claimant: string) =>
    figures
      .filter((f) => f.kind === kind && f.claimant === claimant)
      .map(figureText)
      .join('; ');
  return h(
    'table',
    { class: 'figures' },
    h('caption', {}, 'Figures by claimant'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'figure'), claimants.map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, kinds.map((k) => h('tr', {}, h('th', { scope: 'row' }, k), claimants.map((c) => h('td', {}, cell(k, c) || '—'))))),
  );
}

function figureText(f: ViewFigure): string {
  return `${f.approx === 'exact' ? '' : `${f.approx.replace('_', ' ')} `}${f.value.toLocaleString('en')}${f.unit ? ` ${f.unit}` : ''}${f.modality === 'asserted' ? '' : ` (${f.modality})`}`;
}

/** Disagreeing figures: who says what, never averaged. */
function contradictionList(items: readonly ViewContradiction[]): HTMLElement | null {
  if (!items.length) return null;
  return h(
    'div',
    { class: 'contradictions' },
    h('h3', {}, 'Contradictions'),
    h('ul', {}, items.map((c) => h('li', {}, h('strong', {}, c.kind), ` (${c.reason.replace(/_/g, ' ')}): `, c.figures.map((f) => `${f.claimant}: ${figureText(f)}`).join(' · ')))),
  );
}

function reportItem(r: ViewReport, links: EventLinks): HTMLElement {
  return h(
    'li',
    { class: 'report' },
    h('div', { class: 'report-head' }, h('strong', {}, r.outlet ?? 'unknown outlet'), ` · ${r.published ?? 'undated'} · `, r.claimant ? `claimed by ${r.claimant}` : 'no claimant', ` · ${r.modality}`),
    r.evidence?.text ? h('blockquote', { class: 'evidence' }, r.evidence.text) : null,
    h('a', { href: links.article(r), class: 'open-article' }, 'Open the article at the evidence'),
  );
}

export function renderEvent(e: ViewEventDetail, links: EventLinks): HTMLElement {
  const actors = (a: { name: string; code: string | null } | null) => (a ? `${a.name}${a.code ? ` (${a.code})` : ''}` : null);
  return h(
    'section',
    { class: `event${e.wrong ? ' wrong' : ''}`, 'aria-label': 'Event' },
    h(
      'h2',
      { id: 'panel-title', tabindex: '-1' },
      h('span', { class: `swatch ${isAsserted(e.modality) ? 'asserted' : 'hedged'}`, style: `--c:${typeColour(e.plover)}`, 'aria-hidden': 'true' }),
      `${e.plover}${e.mode ? ` / ${e.mode}` : ''}`,
      e.place ? ` at ${e.place.name}` : '',
    ),
    e.wrong ? h('p', { class: 'flag' }, 'Marked wrong by an analyst') : null,
    e.corrected ? h('p', { class: 'flag corrected' }, 'Corrected by an analyst') : null,
    h(
      'dl',
      { class: 'facts' },
      row('PLOVER', `${e.plover}${e.mode ? ` / ${e.mode}` : ''}`),
      row('ACLED', e.acled),
      row('CAMEO', e.cameo),
      row('Actor 1', actors(e.actor1)),
      row('Actor 2', actors(e.actor2)),
      row('Place', e.place ? (e.place.id ? h('a', { href: links.place(e.place.id) }, e.place.name) : e.place.name) : null, e.place?.country ? ` (${e.place.country})` : ''),
      row('Date', e.date ? `${e.date}${e.precision ? ` (${e.precision})` : ''}` : 'undated'),
      row('Timing', e.timing),
      row('Modality', e.modality),
      row('Sources', `${e.sources} independent, ${e.reports.length || e.reportCount} report(s)`),
      e.territory ? row('Control', `${e.territory.from ?? '?'} → ${e.territory.to ?? '?'}`) : [],
    ),
    figureTable(e.figures),
    contradictionList(e.contradictions),
    h('h3', {}, 'Reports'),
    h('ol', { class: 'reports' }, e.reports.map((r) => reportItem(r, links))),
    e.why.length ? h('details', { class: 'why' }, h('summary', {}, 'Why these reports were merged'), h('ul', {}, e.why.map((w) => h('li', {}, w)))) : null,
  );
}
