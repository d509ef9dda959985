// GDELT 2.0's event table layout (tab-separated, its 61 columns, with a header line of their
// names), filled where Sitrep knows the value: CAMEO codes, actor codes, counts of mentions,
// sources and articles, the action's place. Columns Sitrep has no value for stay empty
// (religion and ethnic codes, actor places, tone, GDELT's own feature ids).
import type { ActorRef, PlaceRef, SituationEvent } from '../model/picture.js';
import { chunked, firstDay, tsvField, type ExportFormat } from './format.js';
import { actorRole, cameoLevels } from './cameo.js';
import { country } from './countries.js';
import { fipsCountry } from './fips.js';

const actorColumns = (p: string) =>
  ['Code', 'Name', 'CountryCode', 'KnownGroupCode', 'EthnicCode', 'Religion1Code', 'Religion2Code', 'Type1Code', 'Type2Code', 'Type3Code'].map((c) => p + c);
const geoColumns = (p: string) => ['Type', 'FullName', 'CountryCode', 'ADM1Code', 'ADM2Code', 'Lat', 'Long', 'FeatureID'].map((c) => `${p}_${c}`);

export const GDELT_COLUMNS = [
  'GlobalEventID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  ...actorColumns('Actor1'), ...actorColumns('Actor2'),
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale',
  'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  ...geoColumns('Actor1Geo'), ...geoColumns('Actor2Geo'), ...geoColumns('ActionGeo'),
  'DATEADDED', 'SOURCEURL',
];

type Row = Record<string, string | number | null>;

const GROUP_ROLES = ['IGO', 'NGO', 'IMG'];

function actorFields(prefix: string, actor: ActorRef | null): Row {
  if (!actor) return {};
  const role = actorRole(actor.code);
  return {
    [`${prefix}Code`]: actor.code,
    [`${prefix}Name`]: actor.name.toUpperCase(),
    [`${prefix}CountryCode`]: actor.country,
    [`${prefix}KnownGroupCode`]: role && GROUP_ROLES.includes(role) ? actor.code!.slice(3, 6) : null,
    [`${prefix}Type1Code`]: role,
  };
}

/** GDELT's geographic resolution: 1 country, 2 US state, 3 US city, 4 world city, 5 world state. */
function geoType(place: PlaceRef): number {
  const us = place.country?.toUpperCase() === 'US';
  switch (place.precision) {
    case 'country':
    case 'unknown':
      return 1;
    case 'admin1':
    case 'region':
      return us ? 2 : 5;
    default:
      return us ? 3 : 4;
  }
}

function actionGeo(place: PlaceRef | null): Row {
  if (!place) return {};
  const where = country(place.country);
  const fips = where ? fipsCountry(where.alpha2) : null;
  return {
    ActionGeo_Type: geoType(place),
    ActionGeo_FullName: [place.name, where && where.name !== place.name ? where.name : null].filter(Boolean).join(', '),
    ActionGeo_CountryCode: fips,
    ActionGeo_ADM1Code: fips && place.admin1 && /^[A-Z0-9]{1,3}$/i.test(place.admin1) ? fips + place.admin1 : fips,
    ActionGeo_Lat: place.lat,
    ActionGeo_Long: place.lon,
  };
}

/** YYYYMMDDHHMMSS in UTC. */
function stamp(date: Date): string {
  return date.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

export function gdeltRow(event: SituationEvent, now: Date): Row {
  const day = firstDay(event.date);
  const [y, m, d] = day ? day.split('-').map(Number) : [];
  const cameo = cameoLevels(event.cameo);
  return {
    GlobalEventID: event.id,
    SQLDATE: day ? day.replace(/-/g, '') : null,
    MonthYear: day ? day.slice(0, 7).replace('-', '') : null,
    Year: y ?? null,
    // GDELT's own approximation of the share of the year gone by.
    FractionDate: day ? (y + (m * 30 + d) / 365).toFixed(4) : null,
    ...actorFields('Actor1', event.actor1),
    ...actorFields('Actor2', event.actor2),
    EventCode: cameo?.code ?? null,
    EventBaseCode: cameo?.base ?? null,
    EventRootCode: cameo?.root ?? null,
    QuadClass: cameo?.quadClass ?? null,
    GoldsteinScale: cameo?.goldstein ?? null,
    NumMentions: event.reports.length,
    NumSources: event.sources,
    NumArticles: event.articles,
    ...actionGeo(event.place),
    DATEADDED: stamp(now),
    SOURCEURL: event.reports.find((r) => r.url)?.url ?? null,
  };
}

export const gdeltTsv: ExportFormat = {
  name: 'gdelt-tsv',
  contentType: 'text/tab-separated-values; charset=utf-8',
  extension: 'tsv',
  render(events, { now }) {
    const line = (e: SituationEvent) => {
      const row = gdeltRow(e, now);
      return GDELT_COLUMNS.map((c) => tsvField(row[c])).join('\t') + '\n';
    };
    return chunked(events, line, GDELT_COLUMNS.join('\t') + '\n');
  },
};
