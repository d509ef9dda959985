// Figures of a situation event, kept per claimant and never averaged. Disagreements are put
// side by side: figures of the same kind whose stated ranges cannot both hold, and figures that
// another report could not confirm or denies.
import type { ClaimedFigure, Contradiction, Report } from '../model/picture.js';
import type { Modality } from '../model/reading.js';
import { outletKey } from './sources.js';

/** The claimant of a figure whose report names neither a source nor an outlet. */
const UNATTRIBUTED = '?';
const DOUBTING: ReadonlySet<Modality> = new Set(['unconfirmed', 'denied']);

/** Who a figure is attributed to: its own source, the report's, else the outlet. */
function claimantOf(report: Report, figure: Report['figures'][number]): string {
  return figure.source?.name ?? report.source?.name ?? outletKey(report.site) ?? UNATTRIBUTED;
}

/** The values a figure allows, as a closed interval. */
function interval(figure: ClaimedFigure): [number, number] {
  const v = figure.value;
  switch (figure.approx) {
    case 'more_than':
    case 'at_least':
    case 'range':
      return [v, Number.POSITIVE_INFINITY];
    case 'less_than':
    case 'at_most':
      return [0, v];
    case 'about':
      return [v * 0.9, v * 1.1];
    default:
      return [v, v];
  }
}

function overlap(a: ClaimedFigure, b: ClaimedFigure): boolean {
  const [a0, a1] = interval(a);
  const [b0, b1] = interval(b);
  return a0 <= b1 && b0 <= a1;
}

/** Every figure of the reports, per claimant; the same claim repeated by several reports counts once. */
export function claimedFigures(reports: readonly Report[]): ClaimedFigure[] {
  const seen = new Set<string>();
  const out: ClaimedFigure[] = [];
  for (const report of reports) {
    for (const f of report.figures) {
      const figure: ClaimedFigure = {
        kind: f.kind,
        value: f.value,
        approx: f.approx,
        unit: f.unit,
        claimant: claimantOf(report, f),
        modality: f.modality ?? report.modality,
        articleId: report.articleId,
        reportId: report.id,
      };
      const key = [figure.kind, figure.value, figure.approx, figure.unit, figure.claimant, figure.modality].join('|');
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(figure);
    }
  }
  return out;
}

/** Disagreements among the figures of one event's reports. */
export function contradictions(reports: readonly Report[], figures: readonly ClaimedFigure[]): Contradiction[] {
  const byKind = new Map<string, ClaimedFigure[]>();
  for (const f of figures) {
    const key = `${f.kind}|${f.unit ?? ''}`;
    byKind.set(key, [...(byKind.get(key) ?? []), f]);
  }
  const found: Contradiction[] = [];
  for (const group of byKind.values()) {
    const kind = group[0].kind;
    // one claimant giving two values has updated its toll; two claimants that cannot both be right disagree
    const clash = group.some((a, i) => group.slice(i + 1).some((b) => a.claimant !== b.claimant && !overlap(a, b)));
    if (clash) found.push({ kind, reason: 'different_values', figures: group, disputedBy: [] });
    const stated = group.filter((f) => !DOUBTING.has(f.modality));
    if (stated.length === 0) continue;
    // Doubt comes from a figure given as unconfirmed or denied, or from a report that doubts the
    // event without giving a figure of this kind.
    for (const modality of ['unconfirmed', 'denied'] as const) {
      const doubters = reports.filter(
        (r) =>
          group.some((f) => f.reportId === r.id && f.modality === modality) ||
          (r.modality === modality && !r.figures.some((f) => f.kind === kind)),
      );
      if (doubters.length === 0) continue;
      found.push({
        kind,
        reason: modality,
        figures: stated,
        disputedBy: doubters.map((r) => ({
          reportId: r.id,
          articleId: r.articleId,
          claimant: r.source?.name ?? outletKey(r.site) ?? UNATTRIBUTED,
          modality,
        })),
      });
    }
  }
  return found;
}
