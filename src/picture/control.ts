// Who holds which place over time, from territory events (captured, retaken, lost, fell) and
// from sieges and withdrawals (a RETREAT by the place's holder). Only an asserted change that no report
// doubts changes the holder; an alleged or unconfirmed capture shows as alleged, a doubted one or
// a siege as contested, and neither moves the holder of the timeline.
import type { ActorRef, ControlChange, ControlStatus, SituationEvent } from '../model/picture.js';
import { placeKey } from '../store/repository.js';
import { byDateThenId } from './order.js';
import { actorKey, contentId, strongestModality } from './summarise.js';

/** The PLOVER mode of an assault that surrounds a place without taking it. */
const SIEGE_MODE = 'siege';
const WITHDRAWAL = 'RETREAT';

function statusOf(event: SituationEvent): ControlStatus {
  if (event.mode === SIEGE_MODE) return 'contested';
  if (event.modality !== 'asserted') return 'alleged';
  const doubted = event.modalities.some((m) => m.modality === 'denied' || m.modality === 'unconfirmed');
  return doubted ? 'contested' : 'changed';
}

function sameActor(a: ActorRef | null, b: ActorRef | null): boolean {
  return (a === null && b === null) || (a !== null && b !== null && actorKey(a) === actorKey(b));
}

/** Who an event says holds the place afterwards, and who held it; null when it says nothing of control. */
function claimOf(e: SituationEvent, holder: ActorRef | null): { to: ActorRef | null; from: ActorRef | null } | null {
  // a siege leaves the place with its defender
  if (e.mode === SIEGE_MODE) return { to: e.territory?.from ?? holder, from: holder };
  if (e.territory) return { to: e.territory.to, from: e.territory.from ?? holder };
  // a withdrawal speaks of control only when the one withdrawing held the place
  if (e.plover === WITHDRAWAL && holder && e.actor1 && sameActor(e.actor1, holder)) return { to: e.actor2, from: holder };
  return null;
}

/** Each place's control timeline, oldest first, places in the order of their keys. */
export function controlTimeline(events: readonly SituationEvent[]): ControlChange[] {
  const byPlace = new Map<string, SituationEvent[]>();
  for (const e of events) {
    if (e.wrong || !e.place || e.timing === 'future' || e.modality === 'planned') continue;
    if (!e.territory && e.mode !== SIEGE_MODE && !(e.plover === WITHDRAWAL && e.actor1)) continue;
    const key = placeKey(e.place);
    const list = byPlace.get(key);
    if (list) list.push(e);
    else byPlace.set(key, [e]);
  }
  const out: ControlChange[] = [];
  for (const key of [...byPlace.keys()].sort()) {
    let holder: ActorRef | null = null;
    let lastChange: ControlChange | null = null;
    for (const e of byPlace.get(key)!.sort((a, b) => byDateThenId(a.date, a.id, b.date, b.id))) {
      const status = statusOf(e);
      const claim = claimOf(e, holder);
      if (!claim) continue;
      // A change to whoever already holds the place confirms it rather than changing it.
      if (status === 'changed' && lastChange && sameActor(claim.to, holder)) {
        lastChange.events.push(e.id);
        lastChange.sources = Math.max(lastChange.sources, e.sources);
        lastChange.modality = strongestModality([lastChange.modality, e.modality]);
        continue;
      }
      const step: ControlChange = {
        id: contentId('cc', `${key}/${e.id}`),
        place: e.place!,
        holder: claim.to,
        previous: status === 'changed' ? claim.from : holder,
        date: e.date,
        precision: e.precision,
        events: [e.id],
        modality: e.modality,
        sources: e.sources,
        status,
      };
      out.push(step);
      if (status === 'changed') {
        holder = claim.to;
        lastChange = step;
      }
    }
  }
  return out;
}
