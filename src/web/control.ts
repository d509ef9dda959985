// Places whose control changed, derived from the territory events in view: the holder is the
// side that took the place in the latest asserted change; an alleged change marks it contested.
import type { ControlledPlace } from './map.js';
import type { ViewEvent } from './model.js';

export function controlledPlaces(events: readonly ViewEvent[]): ControlledPlace[] {
  const latest = new Map<string, { e: ViewEvent; place: ControlledPlace }>();
  const ordered = events.filter((e) => e.territory && e.place && !e.wrong).sort((a, b) => ((a.date ?? '') < (b.date ?? '') ? -1 : 1));
  for (const e of ordered) {
    const p = e.place!;
    const id = p.id ?? `${p.name}@${p.lat},${p.lon}`;
    const asserted = e.modality === 'asserted';
    const prev = latest.get(id);
    if (!asserted) {
      if (prev) prev.place.status = 'contested';
      else latest.set(id, { e, place: { id, name: p.name, lat: p.lat ?? Number.NaN, lon: p.lon ?? Number.NaN, holder: null, status: 'alleged' } });
      continue;
    }
    latest.set(id, { e, place: { id, name: p.name, lat: p.lat ?? Number.NaN, lon: p.lon ?? Number.NaN, holder: e.territory!.to, status: 'changed' } });
  }
  return [...latest.values()].map((v) => v.place);
}
