// ACLED's CSV layout, column for column, with ACLED's conventions: time and geo precision 1–3,
// inter codes, ISO 3166 numeric country, ACLED region names, the most conservative fatality
// figure, sources separated by semicolons. Only events with an ACLED type are rows: ACLED codes
// political violence, demonstrations and strategic developments, not statements (ACCUSE, REQUEST…),
// which stay in the JSONL and GeoJSON exports.
import type { SituationEvent } from '../model/picture.js';
import { chunked, csvField, firstDay, lowestFigure, outlets, type ExportFormat, type ExportOptions } from './format.js';
import { country } from './countries.js';
import { demonstratorInter, disorderType, geoPrecision, interaction, interCode, timePrecision } from './acled-codes.js';

export const ACLED_COLUMNS = [
  'event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type',
  'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'civilian_targeting',
  'iso', 'region', 'country', 'admin1', 'admin2', 'admin3', 'location', 'latitude', 'longitude', 'geo_precision',
  'source', 'source_scale', 'notes', 'fatalities', 'tags', 'timestamp',
] as const;

type AcledRow = Record<(typeof ACLED_COLUMNS)[number], string | number | null>;

export function acledRow(event: SituationEvent, { now, admin1Name }: ExportOptions): AcledRow {
  const place = event.place;
  const where = country(place?.country);
  const inter1 = demonstratorInter(interCode(event.actor1, where?.alpha3 ?? null), event.acled?.event_type);
  const inter2 = interCode(event.actor2, where?.alpha3 ?? null);
  const date = firstDay(event.date);
  return {
    event_id_cnty: `${where?.alpha3 ?? 'XXX'}${event.id}`,
    event_date: date,
    year: date ? Number(date.slice(0, 4)) : null,
    time_precision: timePrecision(event.precision),
    disorder_type: disorderType(event.acled),
    event_type: event.acled?.event_type ?? null,
    sub_event_type: event.acled?.sub_event_type ?? null,
    actor1: event.actor1?.name ?? null,
    assoc_actor_1: null,
    inter1,
    actor2: event.actor2?.name ?? null,
    assoc_actor_2: null,
    inter2,
    interaction: interaction(inter1, inter2),
    civilian_targeting: inter2 === 7 && event.acled?.event_type === 'Violence against civilians' ? 'Civilian targeting' : null,
    iso: where?.numeric ?? null,
    region: where?.acledRegion ?? null,
    country: where?.name ?? null,
    // Places carry GeoNames admin-1 codes; ACLED wants the region's name, or nothing.
    admin1: place?.admin1 && place.country ? admin1Name?.(place.country, place.admin1) ?? null : null,
    admin2: null,
    admin3: null,
    location: place?.name ?? null,
    latitude: place?.lat ?? null,
    longitude: place?.lon ?? null,
    geo_precision: geoPrecision(place?.precision),
    source: outlets(event).join('; '),
    source_scale: null,
    notes: event.reports.map((r) => r.evidence.text).find((t) => t) ?? null,
    fatalities: lowestFigure(event, 'killed') ?? 0,
    // ACLED records only what it codes as having happened; a non-asserted modality is said here.
    tags: event.modality === 'asserted' ? null : event.modality,
    timestamp: Math.floor(now.getTime() / 1000),
  };
}

export const acledCsv: ExportFormat = {
  name: 'acled-csv',
  contentType: 'text/csv; charset=utf-8',
  extension: 'csv',
  render(events, options) {
    const line = (e: SituationEvent) => {
      if (!e.acled?.event_type) return '';
      const row = acledRow(e, options);
      return ACLED_COLUMNS.map((c) => csvField(row[c])).join(',') + '\r\n';
    };
    return chunked(events, line, ACLED_COLUMNS.join(',') + '\r\n');
  },
};
