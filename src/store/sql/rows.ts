// A reading → the rows of its article: one row per entity, place, event, claim, quote and
// figure, each with its offsets; events get denormalised columns (actors, place) for filtering
// and the picture's Report, so a rebuild never has to re-read the articles.
import type { Reading } from '../../model/reading.js';
import type { SqlValue } from './executor.js';
import { reportsFromReading } from '../../picture/picture.js';

export interface TableRows {
  readonly table: string;
  readonly columns: readonly string[];
  readonly rows: SqlValue[][];
}

const json = (value: unknown) => JSON.stringify(value);

export function articleRows(articleId: string, reading: Reading): TableRows[] {
  const entityById = new Map(reading.entities.map((e) => [e.id, e]));
  const placeById = new Map(reading.places.map((p) => [p.id, p]));
  const reports = new Map(reportsFromReading(reading).map((r) => [r.eventId, r]));
  // An event names its actors and place by id when the reading resolved them, else by text.
  const actor = (ref: string | null) => {
    if (!ref) return [null, null];
    const entity = entityById.get(ref);
    return entity ? [entity.name, entity.code] : [ref, null];
  };
  return [
    {
      table: 'entities',
      columns: ['article_id', 'entity_id', 'name', 'kind', 'code', 'country', 'role', 'mentions'],
      rows: reading.entities.map((e) => [articleId, e.id, e.name, e.kind, e.code, e.country, e.role, json(e.mentions)]),
    },
    {
      table: 'places',
      columns: ['article_id', 'place_id', 'name', 'kind', 'country', 'admin1', 'lat', 'lon', 'geonameid', 'feature', 'part', 'mentions'],
      rows: reading.places.map((p) => [articleId, p.id, p.name, p.kind, p.country, p.admin1, p.lat, p.lon, p.geonameid, p.feature, p.part, json(p.mentions)]),
    },
    {
      table: 'events',
      columns: [
        'article_id', 'event_id', 'plover', 'mode', 'acled_event_type', 'acled_sub_event_type', 'cameo', 'date', 'precision',
        'timing', 'modality', 'lat', 'lon', 'country', 'place_id', 'place_name', 'geonameid', 'place_kind',
        'actor1', 'actor1_code', 'actor2', 'actor2_code', 'source', 'trigger_start', 'trigger_end',
        'evidence_start', 'evidence_end', 'evidence', 'data', 'report',
      ],
      rows: reading.events.map((ev) => {
        const place = ev.place ? placeById.get(ev.place) : undefined;
        return [
          articleId, ev.id, ev.plover, ev.mode, ev.acled?.event_type ?? null, ev.acled?.sub_event_type ?? null, ev.cameo,
          ev.date.date, ev.date.precision, ev.timing, ev.modality, place?.lat ?? null, place?.lon ?? null,
          place?.country ?? null, ev.place, place?.name ?? ev.place, place?.geonameid ?? null, place?.kind ?? null,
          ...actor(ev.actor1), ...actor(ev.actor2), ev.source, ev.trigger.start, ev.trigger.end,
          ev.evidence.start, ev.evidence.end, ev.evidence.text, json(ev), json(reports.get(ev.id)),
        ];
      }),
    },
    {
      table: 'claims',
      columns: ['article_id', 'claim_id', 'source', 'modality', 'event_id', 'figure_id', 'cue_start', 'cue_end', 'cue_text'],
      rows: reading.claims.map((c) => [articleId, c.id, c.source, c.modality, c.event, c.figure ?? null, c.cue.start, c.cue.end, c.cue.text]),
    },
    {
      table: 'quotes',
      columns: ['article_id', 'quote_id', 'speaker', 'speaker_name', 'text', 'direct', 'start_offset', 'end_offset', 'cue_start', 'cue_end'],
      rows: reading.quotes.map((q) => [
        articleId, q.id, q.speaker, q.speakerName, q.text, q.direct ? 1 : 0, q.start, q.end, q.cue?.start ?? null, q.cue?.end ?? null,
      ]),
    },
    {
      table: 'figures',
      columns: ['article_id', 'figure_id', 'kind', 'value', 'unit', 'approx', 'start_offset', 'end_offset', 'text'],
      rows: reading.figures.map((f) => [articleId, f.id, f.kind, f.value, f.unit, f.approx, f.start, f.end, f.text]),
    },
  ];
}
