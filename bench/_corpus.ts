// Shared by the reading benchmarks: CPU time, and the corpus of real article texts they read — the
// reference bodies of the zyte and fundus extraction sets, read in place from ../shared and cleaned
// once up front (the benchmarks measure the reading, not the extraction).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT, sharedPath } from '../src/shared-data.js';
import { extractArticle } from '../src/clean/extract.js';
import { hasPack } from '../src/lang/index.js';
import type { Article } from '../src/model/reading.js';
import { GEO_SETS, readGeoSet } from '../eval/_geo-sets.js';

/**
 * Readings before the timed ones, of other articles: V8 compiles a function only once it is hot, and
 * a long ingest pays that once per process. Two kinds, because the code they make hot differs: the
 * geoparsing sets' news texts (WARMUP_ARTICLES of them: many place names) and the project's own gold
 * articles (conflict news in both languages, read GOLD_WARMUP_ROUNDS times: events, quotes, claims).
 * Warmed on the geo texts alone, the conflict code was still being compiled during the timed pass,
 * which then cost twice the steady rate; past about 20 rounds of the gold articles the rate stops
 * moving. Warming on the timed articles themselves would fill the per-name caches with exactly the
 * names the timed pass meets.
 */
export const WARMUP_ARTICLES = 400;
export const GOLD_WARMUP_ROUNDS = 25;
/** Milliseconds of CPU this process has used. */
export function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** The non-empty article bodies of ../shared/bench/extract/zyte, or null when the set is absent. */
export function zyteBodies(): string[] | null {
  const path = sharedPath('bench', 'extract', 'zyte', 'ground-truth.json');
  if (!path) return null;
  const truth = JSON.parse(readFileSync(path, 'utf8')) as Record<string, { articleBody?: string }>;
  return Object.values(truth).map((t) => t.articleBody ?? '').filter(Boolean);
}

interface FundusArticle {
  title?: string;
  body?: { summary?: string[]; sections?: { headline?: string[]; paragraphs?: string[] }[] };
}

function fundusBodies(): string[] {
  const dir = sharedPath('bench', 'extract', 'fundus', 'test_data');
  if (!dir) return [];
  const bodies: string[] = [];
  for (const country of readdirSync(dir).sort()) {
    for (const name of readdirSync(join(dir, country)).filter((f) => f.endsWith('.json')).sort()) {
      const data = JSON.parse(readFileSync(join(dir, country, name), 'utf8')) as Record<string, FundusArticle>;
      for (const article of Object.values(data)) {
        const parts = [article.title ?? '', ...(article.body?.summary ?? [])];
        for (const s of article.body?.sections ?? []) parts.push(...(s.headline ?? []), ...(s.paragraphs ?? []));
        bodies.push(parts.filter(Boolean).join('\n\n'));
      }
    }
  }
  return bodies;
}

/** The zyte and fundus bodies of a language Sitrep reads, cleaned, at most `limit`; `texts` counts every body found. */
export function readingCorpus(limit = Infinity): { articles: Article[]; texts: number } {
  const texts = [...(zyteBodies() ?? []), ...fundusBodies()].filter((t) => t.trim().length > 200);
  const articles = texts
    .map((text) => extractArticle({ origin: 'bench', url: null, file: null, bytes: Buffer.from(text), contentType: 'text/plain', published: '2024-01-01' }))
    .filter((a) => hasPack(a.lang))
    .slice(0, limit);
  return { articles, texts: texts.length };
}

/** The warm-up readings: up to WARMUP_ARTICLES English news texts of ../shared/bench/geo (none when absent), then the gold articles of test/fixtures/gold GOLD_WARMUP_ROUNDS times. */
export function warmupArticles(): Article[] {
  const sets = GEO_SETS.map((set) => (readGeoSet(set) ?? []).map((d) => d.text).filter((t) => t.length > 200));
  const texts: string[] = [];
  for (let i = 0; texts.length < WARMUP_ARTICLES && sets.some((set) => i < set.length); i++) {
    for (const set of sets) if (i < set.length && texts.length < WARMUP_ARTICLES) texts.push(set[i]!);
  }
  const goldDir = join(PROJECT_ROOT, 'test', 'fixtures', 'gold');
  const gold = readdirSync(goldDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(goldDir, f), 'utf8'));
  for (let round = 0; round < GOLD_WARMUP_ROUNDS; round++) texts.push(...gold);
  return texts.map((text) => extractArticle({ origin: 'bench', url: null, file: null, bytes: Buffer.from(text), contentType: 'text/plain', published: '2024-01-01' })).filter((a) => hasPack(a.lang));
}

/** The value after `--limit` in a benchmark's arguments, or Infinity. */
export function limitArg(args: readonly string[]): number {
  const at = args.indexOf('--limit');
  return at >= 0 ? Number(args[at + 1]) : Infinity;
}
