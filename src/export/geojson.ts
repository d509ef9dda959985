// An RFC 7946 FeatureCollection: one Point feature per situation event ([longitude, latitude],
// WGS 84), a null geometry when the place has no coordinates. Properties are flat so GIS tools
// can style and filter on them; the full event is at GET /events/:id.
import type { SituationEvent } from '../model/picture.js';
import { chunked, lowestFigure, outlets, type ExportFormat } from './format.js';

const round = (x: number) => Math.round(x * 1e6) / 1e6;

export function feature(event: SituationEvent) {
  const p = event.place;
  const located = p && p.lat !== null && p.lon !== null && Math.abs(p.lat) <= 90 && Math.abs(p.lon) <= 180;
  return {
    type: 'Feature' as const,
    id: event.id,
    geometry: located ? { type: 'Point' as const, coordinates: [round(p.lon!), round(p.lat!)] } : null,
    properties: {
      plover: event.plover,
      mode: event.mode,
      acled_event_type: event.acled?.event_type ?? null,
      acled_sub_event_type: event.acled?.sub_event_type ?? null,
      cameo: event.cameo,
      actor1: event.actor1?.name ?? null,
      actor2: event.actor2?.name ?? null,
      place: p?.name ?? null,
      place_precision: p?.precision ?? null,
      country: p?.country ?? null,
      date: event.date,
      precision: event.precision,
      timing: event.timing,
      modality: event.modality,
      sources: event.sources,
      articles: event.articles,
      reports: event.reports.length,
      fatalities: lowestFigure(event, 'killed'),
      outlets: outlets(event).join('; '),
      corrected: event.corrected,
    },
  };
}

export const geojson: ExportFormat = {
  name: 'geojson',
  contentType: 'application/geo+json; charset=utf-8',
  extension: 'geojson',
  render(events) {
    const text = (e: SituationEvent, i: number) => (i ? ',\n' : '\n') + JSON.stringify(feature(e));
    return chunked(events, text, '{"type":"FeatureCollection","features":[', '\n]}\n');
  },
};
