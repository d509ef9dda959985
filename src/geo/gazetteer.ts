// The gazetteer: the built index (scripts/build-gazetteer.ts) loaded once, looked up by
// normalized name. Entries are numbers into column arrays; `entry(i)` materialises one.
import { readFileSync } from 'node:fs';
import { SitrepError } from '../errors.js';
import { normalizeName } from './normalize.js';
import { buildNameTable, continuesKey, findKey, type OffsetTable } from './name-table.js';
import { defaultIndexPath, INDEX_FORMAT, NAME_FLAGS, type IndexFile } from './index-file.js';

export interface GazetteerEntry {
  readonly index: number;
  /** GeoNames id; null for the few admin-1 regions the sources give no id. */
  readonly geonameid: number | null;
  readonly name: string;
  readonly label: string;
  readonly lat: number;
  readonly lon: number;
  readonly country: string;
  readonly admin1: string | null;
  readonly feature: string;
  readonly population: number;
}

/** One way a name reaches an entry: NAME_MAIN / NAME_TAGGED bits (see index-file.ts). */
export interface NameHit {
  readonly index: number;
  readonly flags: number;
}

const NO_HITS: readonly NameHit[] = Object.freeze([]);
const ZERO = 48;
const NINE = 57;
const COMMA = 44;
const HIT_CACHE_SIZE = 200_000;

/** Makers of the stores other modules keep on each gazetteer, by slot (see perGazetteer). */
const storeMakers: (() => unknown)[] = [];

/**
 * A store that every gazetteer holds from its construction (a module's per-name cache), and its
 * getter. Made eagerly, not on first use: a branch first taken after its function was optimized
 * (a second gazetteer met) throws the optimized code away, and each of the geo path's large
 * functions then compiles again (10–20 ms each). Register at module load, before gazetteers are read.
 */
export function perGazetteer<T>(make: () => T): (g: Gazetteer) => T {
  const slot = storeMakers.push(make) - 1;
  return (g) => g.store(slot) as T;
}

export class Gazetteer {
  private readonly hits = new Map<string, readonly NameHit[]>();
  private readonly stores = storeMakers.map((make) => make());
  private readonly countryIndex = new Map<string, number>();
  private readonly admin1Index = new Map<string, number>();

  /** The records of `file.names` by key and by word-boundary prefix. */
  private readonly table: OffsetTable;
  /** `file.demonyms` as a map: asked of most capitalised words, faster than an object's properties by string. */
  private readonly demonyms: ReadonlyMap<string, string>;
  /** Start offsets of each entry's line in `file.name` and `file.label` (one more at the end). */
  private readonly nameAt: Int32Array;
  private readonly labelAt: Int32Array;

  constructor(private readonly file: IndexFile) {
    this.nameAt = lineStarts(file.name, file.id.length);
    this.labelAt = lineStarts(file.label, file.id.length);
    this.table = buildNameTable(file.names);
    this.demonyms = new Map(Object.entries(file.demonyms));
    for (let i = 0; i < file.feature.length; i++) {
      const f = this.feature(i);
      if (f === 'PCLI' || f === 'PCLD') this.countryIndex.set(this.countryOf(i), i);
      else if (f === 'ADM1') this.admin1Index.set(`${this.countryOf(i)}.${this.admin1Of(i)}`, i);
    }
  }

  get size(): number {
    return this.file.id.length;
  }

  /** Store `slot` of perGazetteer (made now if its module registered after this gazetteer was read). */
  store(slot: number): unknown {
    return (this.stores[slot] ??= storeMakers[slot]!());
  }

  get sources(): readonly string[] {
    return this.file.sources;
  }

  /** Whether some longer name begins with this one and a space ("new" for "New York"): recognition stops extending a run when none does. */
  startsName(key: string): boolean {
    return continuesKey(this.table, this.file.names, key);
  }

  /** Entries a name can denote, by normalized key (see normalizeName). */
  lookupKey(key: string): readonly NameHit[] {
    const cached = this.hits.get(key);
    if (cached) return cached;
    const at = findKey(this.table, this.file.names, key);
    // Most keys asked are no name (a capitalised word, a person): answered from the table each time, not kept.
    if (at < 0) return NO_HITS;
    const hits = decodeHits(this.file.names, at);
    // A long-running process looks up endless names: the cache starts over past a bound.
    if (this.hits.size >= HIT_CACHE_SIZE) this.hits.clear();
    this.hits.set(key, hits);
    return hits;
  }

  lookup(name: string): readonly NameHit[] {
    return this.lookupKey(normalizeName(name));
  }

  /** Asked of most capitalised words, most of them no name: the table alone answers (a hit seldom saves it a probe). */
  has(key: string): boolean {
    return findKey(this.table, this.file.names, key) >= 0;
  }

  entry(index: number): GazetteerEntry {
    const f = this.file;
    return {
      index,
      geonameid: f.id[index] || null,
      name: f.name.slice(this.nameAt[index]!, this.nameAt[index + 1]! - 1),
      label: f.label.slice(this.labelAt[index]!, this.labelAt[index + 1]! - 1),
      lat: f.lat[index]!,
      lon: f.lon[index]!,
      country: this.countryOf(index),
      admin1: this.admin1Of(index) || null,
      feature: this.feature(index),
      population: f.population[index]!,
    };
  }

  feature(index: number): string {
    return this.file.features[this.file.feature[index]!]!;
  }

  population(index: number): number {
    return this.file.population[index]!;
  }

  countryOf(index: number): string {
    return this.file.countries[this.file.country[index]!]!;
  }

  admin1Of(index: number): string {
    return this.file.admin1s[this.file.admin1[index]!]!;
  }

  position(index: number): [number, number] {
    return [this.file.lat[index]!, this.file.lon[index]!];
  }

  /** The entry of a country by ISO alpha-2, or of an admin-1 region by "CC.code". */
  country(code: string): number | undefined {
    return this.countryIndex.get(code);
  }

  admin1(country: string, code: string): number | undefined {
    return this.admin1Index.get(`${country}.${code}`);
  }

  private readonly byGeonameId = new Map<number, number | undefined>();

  /** The entry of a GeoNames id. Few are asked (the packs' aliases): a native scan each, remembered, beats indexing all. */
  geonameIndex(id: number): number | undefined {
    if (this.byGeonameId.has(id)) return this.byGeonameId.get(id);
    const at = id ? this.file.id.indexOf(id) : -1;
    const index = at < 0 ? undefined : at;
    this.byGeonameId.set(id, index);
    return index;
  }

  private multiWord: readonly string[] | null = null;

  /** The folded demonyms of more than one word ("sri lankan", "sud-africain" → "sud africain"). */
  multiWordDemonyms(): readonly string[] {
    return (this.multiWord ??= Object.keys(this.file.demonyms).filter((d) => d.includes(' ')));
  }

  /** The country (ISO alpha-2) an adjective names ("Syrian", "syrienne"), if any. */
  demonym(word: string): string | null {
    const key = normalizeName(word);
    return this.demonyms.get(key) ?? null;
  }
}

/** The entries of the record values at `at` ("v,v,…\n", v = entry * NAME_FLAGS + bits), read in place. */
function decodeHits(names: string, at: number): NameHit[] {
  const hits: NameHit[] = [];
  let value = 0;
  for (let code = names.charCodeAt(at); ; code = names.charCodeAt(++at)) {
    if (code >= ZERO && code <= NINE) value = value * 10 + code - ZERO;
    else {
      hits.push({ index: Math.floor(value / NAME_FLAGS), flags: value % NAME_FLAGS });
      if (code !== COMMA) return hits;
      value = 0;
    }
  }
}

/** Where each of `count` lines of `text` starts, and one past the last line's end. */
function lineStarts(text: string, count: number): Int32Array {
  const starts = new Int32Array(count + 1);
  let at = 0;
  for (let i = 0; i < count; i++) {
    starts[i] = at;
    const nl = text.indexOf('\n', at);
    at = nl < 0 ? text.length + 1 : nl + 1;
  }
  starts[count] = at;
  return starts;
}

export function readGazetteer(path: string): Gazetteer {
  let file: IndexFile;
  try {
    file = JSON.parse(readFileSync(path, 'utf8')) as IndexFile;
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new SitrepError(
      'SITREP_E_GAZETTEER',
      missing
        ? `gazetteer index not found at ${path}: run \`npm run prepare\` (node --import tsx scripts/build-gazetteer.ts)`
        : `gazetteer index at ${path} is unreadable (${(error as Error).message}): rebuild it with \`node --import tsx scripts/build-gazetteer.ts --force\``,
    );
  }
  if (file?.format !== INDEX_FORMAT || !Array.isArray(file.id) || typeof file.names !== 'string' || typeof file.name !== 'string') {
    throw new SitrepError('SITREP_E_GAZETTEER', `${path} is not a ${INDEX_FORMAT} index: rebuild it with \`node --import tsx scripts/build-gazetteer.ts --force\``);
  }
  return new Gazetteer(file);
}

const loaded = new Map<string, Gazetteer>();

/** The gazetteer at `path` (default data/cache/gazetteer.json), read once per process. Throws SITREP_E_GAZETTEER. */
export function loadGazetteer(path = defaultIndexPath()): Gazetteer {
  let g = loaded.get(path);
  if (!g) loaded.set(path, (g = readGazetteer(path)));
  return g;
}

/** For callers that can go on without places: the gazetteer, or null after telling `warn` why. */
export function loadGazetteerOrNull(warn: (message: string) => void, path = defaultIndexPath()): Gazetteer | null {
  try {
    return loadGazetteer(path);
  } catch (error) {
    if (!(error instanceof SitrepError)) throw error;
    warn(`${error.code}: ${error.message}`);
    return null;
  }
}
