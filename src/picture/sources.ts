// Independent sources. Two outlets printing the same wire copy are one source (near-duplicate
// texts: MinHash over word shingles, candidates found by LSH banding, kept when the estimated
// Jaccard similarity reaches the threshold), and the same outlet twice is one source.
import { createHash } from 'node:crypto';

/** Words per shingle: long enough that two independent articles share few. */
const SHINGLE_WORDS = 5;
/** Hash functions in a signature; BANDS × ROWS must equal it. */
export const SIGNATURE_SIZE = 64;
const BANDS = 16;
const ROWS = SIGNATURE_SIZE / BANDS;
/** Estimated Jaccard similarity from which two texts are copies of one another. */
export const NEAR_DUPLICATE = 0.8;

const WORD = /[\p{L}\p{N}]+/gu;

/** murmur3's 32-bit finaliser: spreads the bits of a seeded shingle hash. */
function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Seeds of the signature's hash functions, fixed so signatures stored today compare with tomorrow's. */
const SEEDS = Array.from({ length: SIGNATURE_SIZE }, (_, i) => mix32(0x9e3779b9 + Math.imul(i + 1, 0x7f4a7c15)));

function shingleHashes(text: string): Set<number> {
  const words = (text.normalize('NFC').toLowerCase().match(WORD) ?? []);
  const hashes = new Set<number>();
  if (words.length < SHINGLE_WORDS) {
    if (words.length > 0) hashes.add(fnv1a(words.join(' ')));
    return hashes;
  }
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) hashes.add(fnv1a(words.slice(i, i + SHINGLE_WORDS).join(' ')));
  return hashes;
}

/** MinHash signature of a text over its word shingles (empty text: empty signature). */
export function minhashSignature(text: string): number[] {
  const shingles = shingleHashes(text);
  if (shingles.size === 0) return [];
  const signature = new Array<number>(SIGNATURE_SIZE).fill(0xffffffff);
  for (const shingle of shingles) {
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const h = mix32(shingle ^ SEEDS[i]);
      if (h < signature[i]) signature[i] = h;
    }
  }
  return signature;
}

/** sha256 of the text, for exact copies. */
export function textHash(text: string): string {
  return createHash('sha256').update(text.normalize('NFC')).digest('hex');
}

/** Estimated Jaccard similarity of the two texts behind the signatures. */
export function similarity(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0 || a.length !== b.length) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

export interface SourceItem {
  /** The article: several items of one article are one source. */
  readonly articleId: string;
  readonly site: string | null;
  readonly url: string | null;
  readonly textHash: string;
  readonly minhash: readonly number[];
}

/**
 * Outlet key: the registrable domain of a URL or host (edition.example.com and www.example.com
 * are one outlet; example.co.uk keeps its three labels), else the site's name as given.
 */
export function outletKey(site: string | null): string | null {
  if (!site) return null;
  let host = site.trim().toLowerCase();
  try {
    if (/^[a-z]+:\/\//.test(host)) host = new URL(host).hostname;
  } catch {
    // not a URL: the site's name as given
  }
  if (!/^[a-z0-9.-]+\.[a-z]{2,}$/.test(host)) return host || null;
  const labels = host.split('.');
  // a two-letter country domain under a short second level (co.uk, com.au, gouv.fr) keeps three labels
  const keep = labels.length >= 3 && labels.at(-1)!.length === 2 && labels.at(-2)!.length <= 4 ? 3 : 2;
  return labels.slice(-keep).join('.');
}

class UnionFind {
  private readonly parent: number[];
  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]];
      i = this.parent[i];
    }
    return i;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    // the smaller index stays the root, so groups do not depend on the order of unions
    if (ra < rb) this.parent[rb] = ra;
    else if (rb < ra) this.parent[ra] = rb;
  }
}

/**
 * Groups items into independent sources: same article, same outlet, same text, or texts whose
 * signatures agree on at least NEAR_DUPLICATE of their positions. Returns, per item, the index of
 * its group, groups numbered in the order of their first item.
 */
export function sourceGroups(items: readonly SourceItem[]): number[] {
  const uf = new UnionFind(items.length);
  const firstBy = new Map<string, number>();
  const join = (key: string, i: number) => {
    const first = firstBy.get(key);
    if (first === undefined) firstBy.set(key, i);
    else uf.union(first, i);
  };
  items.forEach((item, i) => {
    join(`a:${item.articleId}`, i);
    join(`t:${item.textHash}`, i);
    // the outlet by its name and by its URL's domain, whichever the reading gives
    for (const outlet of [outletKey(item.site), outletKey(item.url)]) if (outlet) join(`s:${outlet}`, i);
  });
  for (const [i, j] of candidatePairs(items)) {
    if (uf.find(i) !== uf.find(j) && similarity(items[i].minhash, items[j].minhash) >= NEAR_DUPLICATE) uf.union(i, j);
  }
  const numbers = new Map<number, number>();
  return items.map((_, i) => {
    const root = uf.find(i);
    let n = numbers.get(root);
    if (n === undefined) {
      n = numbers.size;
      numbers.set(root, n);
    }
    return n;
  });
}

/** Below this many items, comparing every pair costs less than banding. */
const ALL_PAIRS_UP_TO = 32;

/** Pairs worth comparing: every pair of a few items, else those sharing an LSH band. */
function* candidatePairs(items: readonly SourceItem[]): Generator<[number, number]> {
  const signed = items.flatMap((item, i) => (item.minhash.length === SIGNATURE_SIZE ? [i] : []));
  if (signed.length <= ALL_PAIRS_UP_TO) {
    for (let x = 0; x < signed.length; x++) for (let y = x + 1; y < signed.length; y++) yield [signed[x], signed[y]];
    return;
  }
  const bands = new Map<string, number[]>();
  for (const i of signed) {
    for (let b = 0; b < BANDS; b++) {
      const key = `${b}:${items[i].minhash.slice(b * ROWS, (b + 1) * ROWS).join(',')}`;
      const bucket = bands.get(key);
      if (bucket) bucket.push(i);
      else bands.set(key, [i]);
    }
  }
  const seen = new Set<string>();
  for (const bucket of bands.values()) {
    for (let x = 0; x < bucket.length; x++) {
      for (let y = x + 1; y < bucket.length; y++) {
        const pair = `${bucket[x]},${bucket[y]}`;
        if (seen.has(pair)) continue;
        seen.add(pair);
        yield [bucket[x], bucket[y]];
      }
    }
  }
}
