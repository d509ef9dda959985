// Analyst corrections over the machine picture. They are replayed, oldest first, on every build,
// so they survive re-ingest and re-merge. A correction finds its event through the reports the
// analyst saw (event ids can move when reports join), else through the event id; the corrected
// event keeps the id the analyst saw. Undone corrections are ignored.
import type { Correction, MergeReason, Report, SituationEvent } from '../model/picture.js';
import { canonicalOrder, type Cluster } from './merge.js';
import { contentId, summarise } from './summarise.js';

type AttributeCorrection = Exclude<Correction, { kind: 'merge' | 'split' }>;

interface Group {
  reports: Report[];
  why: MergeReason[];
  /** The id the analyst saw, once a correction applies. */
  pinned: string | null;
  attributes: AttributeCorrection[];
  applied: string[];
}

/** Ids with numbers in them ("cor-9", "cor-10") compare by their numbers. */
const ids = new Intl.Collator('und', { numeric: true });

/** The corrections in force, oldest first (same time: in the order of their ids). */
export function activeCorrections(corrections: readonly Correction[]): Correction[] {
  return corrections.filter((c) => !c.undone).sort((a, b) => (a.at !== b.at ? (a.at < b.at ? -1 : 1) : ids.compare(a.id, b.id)));
}

function analystReason(report: Report, group: Group, correction: Correction): MergeReason {
  return {
    report: report.id,
    joined: group.reports[0]?.id ?? report.id,
    type: `${correction.kind} by ${correction.who} (correction ${correction.id})`,
    actors: '',
    km: null,
    days: null,
  };
}

class Groups {
  private readonly groups: Group[];

  constructor(clusters: readonly Cluster[]) {
    this.groups = clusters.map((c) => ({ reports: [...c.reports], why: [...c.why], pinned: null, attributes: [], applied: [] }));
  }

  /** The group holding most of the target's reports, else the one with the target's id. */
  locate(target: Correction['target']): Group | null {
    const wanted = new Set(target.reports);
    let best: Group | null = null;
    let bestCount = 0;
    for (const g of this.groups) {
      const count = g.reports.filter((r) => wanted.has(r.id)).length;
      if (count > bestCount) [best, bestCount] = [g, count];
    }
    return best ?? this.groups.find((g) => g.reports.length > 0 && (g.pinned ?? machineId(g)) === target.event) ?? null;
  }

  /** Moves the reports out of their groups into `into`. */
  move(ids: readonly string[], into: Group, correction: Correction): void {
    const wanted = new Set(ids);
    for (const g of this.groups) {
      if (g === into) continue;
      const moving = g.reports.filter((r) => wanted.has(r.id));
      if (moving.length === 0) continue;
      g.reports = g.reports.filter((r) => !wanted.has(r.id));
      for (const r of moving) {
        into.why.push(analystReason(r, into, correction));
        into.reports.push(r);
      }
    }
  }

  split(ids: readonly string[], from: Group, correction: Correction): void {
    const wanted = new Set(ids);
    const leaving = from.reports.filter((r) => wanted.has(r.id));
    if (leaving.length === 0 || leaving.length === from.reports.length) return;
    from.reports = from.reports.filter((r) => !wanted.has(r.id));
    const group: Group = { reports: leaving, why: [], pinned: null, attributes: [], applied: [correction.id] };
    this.groups.push(group);
  }

  all(): Group[] {
    return this.groups.filter((g) => g.reports.length > 0);
  }
}

function machineId(group: Group): string {
  return contentId('se', canonicalOrder(group.reports)[0].id);
}

function applyAttribute(event: SituationEvent, c: AttributeCorrection): SituationEvent {
  switch (c.kind) {
    case 'retype':
      return {
        ...event,
        plover: c.after.plover,
        mode: c.after.mode !== undefined ? c.after.mode : event.mode,
        acled: c.after.acled !== undefined ? c.after.acled : event.acled,
        cameo: c.after.cameo !== undefined ? c.after.cameo : event.cameo,
      };
    case 'actors':
      return {
        ...event,
        actor1: c.after.actor1 !== undefined ? c.after.actor1 : event.actor1,
        actor2: c.after.actor2 !== undefined ? c.after.actor2 : event.actor2,
      };
    case 'place':
      return { ...event, place: c.after };
    case 'date':
      return { ...event, date: c.after.date, precision: c.after.precision };
    case 'modality':
      return { ...event, modality: c.after.modality };
    case 'wrong':
      return { ...event, wrong: true };
  }
}

/** The situation events of the clusters with the corrections replayed over them. */
export function correctedEvents(clusters: readonly Cluster[], corrections: readonly Correction[]): SituationEvent[] {
  const groups = new Groups(clusters);
  const pinnedIds = new Set<string>();
  for (const c of activeCorrections(corrections)) {
    const group = groups.locate(c.target);
    if (!group) continue; // its reports are gone: nothing to correct
    if (c.kind === 'merge') groups.move(c.after.reports, group, c);
    else if (c.kind === 'split') groups.split(c.after.reports, group, c);
    else group.attributes.push(c);
    group.applied.push(c.id);
    if (!group.pinned && !pinnedIds.has(c.target.event)) {
      group.pinned = c.target.event;
      pinnedIds.add(c.target.event);
    }
  }
  const built = groups.all().map((g) => {
    const reports = g.applied.length ? canonicalOrder(g.reports) : g.reports;
    const inGroup = new Set(reports.map((r) => r.id));
    const why = g.why.filter((w) => inGroup.has(w.report) && inGroup.has(w.joined) && w.report !== reports[0].id);
    let event = summarise({ reports, why });
    if (g.pinned) event = { ...event, id: g.pinned };
    for (const c of g.attributes) event = applyAttribute(event, c);
    return { event: g.applied.length ? { ...event, corrected: true, corrections: g.applied } : event, pinned: g.pinned !== null };
  });
  // A machine id may be one an analyst pinned elsewhere (e.g. after splitting off the anchor): the pinned one keeps it.
  const taken = new Set(built.filter((b) => b.pinned).map((b) => b.event.id));
  return built.map(({ event, pinned }) =>
    !pinned && taken.has(event.id) ? { ...event, id: contentId('se', `${event.id}/${event.reports.map((r) => r.id).join(',')}`) } : event,
  );
}
