// `npm run eval -- extract [--set seed|zyte|trafilatura|fundus] [--limit N] [--runs N] [--no-reference]`: Sitrep's
// extractor and @mozilla/readability + linkedom (the reference) on the same pages, in one run: accuracy as
// ../shared/README.md defines it, CPU time per page, pages per CPU-second (median of the runs), crashes.
import { readFileSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { sharedPath } from '../src/shared-data.js';
import { cpuMs } from '../bench/_corpus.js';
import { extractArticle } from '../src/clean/extract.js';
import { decodeBytes } from '../src/clean/decode.js';
import type { Article } from '../src/model/reading.js';
import { microPrf, shingleMatch, shingleScore, snippetCounts, type Prf } from './_extract-score.js';

interface Output {
  body: string;
  title: string | null;
  published: string | null;
  authors: string[];
}

interface Page {
  id: string;
  path: string;
  url: string | null;
}

interface Tally {
  /** CPU milliseconds per page, one list per run. */
  cpu: number[][];
  crashes: number;
}

const EMPTY: Output = { body: '', title: null, published: null, authors: [] };

function ours(bytes: Uint8Array, url: string | null): Output {
  const a: Article = extractArticle({ origin: url ?? '', url, file: null, bytes, contentType: null, published: null });
  const body = a.blocks.filter((b) => b.kind !== 'title').map((b) => b.text).join('\n\n');
  return { body, title: a.title, published: a.published, authors: a.authors };
}

function reference(bytes: Uint8Array): Output {
  const { text } = decodeBytes(bytes, null);
  const { document } = parseHTML(text);
  const r = new Readability(document as unknown as Document).parse();
  return { body: r?.textContent ?? '', title: r?.title ?? null, published: r?.publishedTime?.slice(0, 10) ?? null, authors: r?.byline ? [r.byline] : [] };
}

const EXTRACTORS = { sitrep: ours, readability: reference } as const;
type Name = keyof typeof EXTRACTORS;
/** `--no-reference` skips Readability while iterating; the reported comparison needs it. */
let names: Name[] = ['sitrep', 'readability'];
/** `--runs N` repeats the timing N times; speed is the median run, accuracy the first. */
let runs = 1;

/**
 * Runs both extractors on every page, interleaved (the order alternates page by page) so that
 * the machine's load weighs on both alike; time is the process's CPU time. A crash is counted
 * and scored as an empty output.
 */
function runAll(pages: Page[]): { outputs: Record<Name, Output[]>; tallies: Record<Name, Tally> } {
  const outputs = { sitrep: [] as Output[], readability: [] as Output[] };
  const tallies = { sitrep: { cpu: [] as number[][], crashes: 0 }, readability: { cpu: [] as number[][], crashes: 0 } };
  for (let run = 0; run < runs; run++) {
    for (const name of names) tallies[name].cpu.push([]);
    pages.forEach((page, i) => {
      const bytes = gunzipSync(readFileSync(page.path));
      const order = (i + run) % 2 ? [...names].reverse() : names;
      for (const name of order) {
        const t0 = cpuMs();
        let out = EMPTY;
        try {
          out = EXTRACTORS[name](bytes, page.url);
        } catch {
          if (run === 0) tallies[name].crashes++;
        }
        tallies[name].cpu[run].push(cpuMs() - t0);
        if (run === 0) outputs[name].push(out);
      }
    });
  }
  return { outputs, tallies };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2 : 0;
};
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const f3 = (x: number) => x.toFixed(3);
const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

/** Pages per CPU-second of each run. */
const rates = (t: Tally) => t.cpu.map((ms) => ms.length / Math.max(sum(ms) / 1000, 1e-9));

function speedColumns(t: Tally) {
  return {
    'CPU ms/page (median page)': median(t.cpu.flat()).toFixed(1),
    [`pages per CPU-s (median of ${t.cpu.length})`]: median(rates(t)).toFixed(1),
    crashes: t.crashes,
  };
}

function prfColumns(p: Prf) {
  return { precision: f3(p.precision), recall: f3(p.recall), F1: f3(p.f1) };
}

function printSpeedRatio(tallies: Record<Name, Tally>) {
  if (!names.includes('readability')) return;
  const ratios = tallies.sitrep.cpu.map((_, run) => sum(tallies.readability.cpu[run]) / Math.max(sum(tallies.sitrep.cpu[run]), 1e-9));
  const perRun = ratios.map((r) => r.toFixed(2)).join(', ');
  console.log(`speed: Sitrep reads ${median(ratios).toFixed(2)}× the pages per CPU-second of Readability+linkedom (median of ${ratios.length} run${ratios.length > 1 ? 's' : ''}: ${perRun}), ${(median(tallies.readability.cpu.flat()) / Math.max(median(tallies.sitrep.cpu.flat()), 1e-9)).toFixed(2)}× on the median page\n`);
}

function limited<T>(xs: T[], limit: number | undefined): T[] {
  return limit ? xs.slice(0, limit) : xs;
}

function zyte(dir: string, limit?: number) {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  const ids = limited(Object.keys(truth).sort(), limit);
  const pages = ids.map((id) => ({ id, path: join(dir, 'html', `${id}.html.gz`), url: truth[id].url }));
  const { outputs, tallies } = runAll(pages);
  const rows: Record<string, unknown> = {};
  for (const name of names) {
    const matches = ids.map((id, i) => shingleMatch(truth[id].articleBody, outputs[name][i].body));
    rows[name] = { ...prfColumns(shingleScore(matches)), ...speedColumns(tallies[name]) };
    if (name === 'sitrep' && process.env.SITREP_EVAL_WORST) {
      const worst = ids.map((id, i) => ({ id, f: shingleScore([matches[i]]) })).sort((a, b) => a.f.f1 - b.f.f1).slice(0, Number(process.env.SITREP_EVAL_WORST));
      for (const w of worst) console.log(`  worst ${w.id} P=${f3(w.f.precision)} R=${f3(w.f.recall)}`);
    }
  }
  console.log(`\nzyte — ${ids.length} pages (published: trafilatura .958, Readability.js .947)`);
  console.table(rows);
  printSpeedRatio(tallies);
}

function trafilatura(dir: string, limit?: number) {
  const data = JSON.parse(readFileSync(join(dir, 'evaldata.json'), 'utf8')) as Record<string, { file: string; with: string[]; without: string[] }>;
  const french = new Set(readFileSync(join(dir, 'french_subset.tsv'), 'utf8').split('\n').slice(1).map((l) => l.split('\t')[0]).filter(Boolean));
  const urls = limited(Object.keys(data).sort(), limit);
  const pages = urls.map((url) => ({ id: url, path: join(dir, 'html', `${data[url].file}.gz`), url }));
  const { outputs, tallies } = runAll(pages);
  const rows: Record<string, unknown> = {};
  for (const name of names) {
    const all = { tp: 0, fn: 0, fp: 0, tn: 0 };
    const fr = { tp: 0, fn: 0, fp: 0, tn: 0 };
    urls.forEach((url, i) => {
      const c = snippetCounts(outputs[name][i].body, data[url].with, data[url].without);
      for (const k of ['tp', 'fn', 'fp', 'tn'] as const) {
        all[k] += c[k];
        if (french.has(url)) fr[k] += c[k];
      }
      if (name === 'sitrep' && process.env.SITREP_EVAL_WORST && (c.fn || c.fp)) console.log(`  miss ${data[url].file} fn=${c.fn} fp=${c.fp}`);
    });
    const o = microPrf(all);
    rows[name] = { ...prfColumns(o), 'F1 (fr pages)': f3(microPrf(fr).f1), ...speedColumns(tallies[name]) };
  }
  console.log(`\ntrafilatura — ${urls.length} pages, ${urls.filter((u) => french.has(u)).length} French (published: trafilatura .924, readability-lxml .826)`);
  console.table(rows);
  printSpeedRatio(tallies);
}

interface FundusTruth {
  title?: string;
  authors?: string[];
  publishing_date?: string | null;
  body?: { summary?: string[]; sections?: { headline?: string[]; paragraphs?: string[] }[] };
}

function fundus(dir: string, limit?: number) {
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as { country: string; publisher: string; version: string; html: string; url: string }[];
  const entries = limited(index, limit);
  const truths = entries.map((e) => {
    const all = JSON.parse(readFileSync(join(dir, 'test_data', e.country, `${e.publisher}.json`), 'utf8')) as Record<string, FundusTruth>;
    return all[e.version] ?? {};
  });
  const pages = entries.map((e) => ({ id: e.html, path: join(dir, e.html), url: e.url }));
  const { outputs, tallies } = runAll(pages);
  const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  const rows: Record<string, unknown> = {};
  for (const name of names) {
    let titles = 0, dated = 0, dates = 0, authored = 0, authors = 0;
    const matches: [number, number, number][] = [];
    truths.forEach((t, i) => {
      const o = outputs[name][i];
      if (squash(t.title) === squash(o.title)) titles++;
      else if (name === 'sitrep' && process.env.SITREP_EVAL_WORST) console.log(`  title ${entries[i].html}: ${JSON.stringify(squash(o.title))} ≠ ${JSON.stringify(squash(t.title))}`);
      if (t.publishing_date) {
        dated++;
        if (o.published === t.publishing_date.slice(0, 10)) dates++;
        else if (name === 'sitrep' && process.env.SITREP_EVAL_WORST) console.log(`  date ${entries[i].html}: ${o.published} ≠ ${t.publishing_date}`);
      }
      if (t.authors?.length) {
        authored++;
        const want = new Set(t.authors.map((a) => squash(a).toLowerCase()));
        const got = new Set(o.authors.map((a) => squash(a).toLowerCase()));
        if (want.size === got.size && [...want].every((a) => got.has(a))) authors++;
      }
      const body = [...(t.body?.summary ?? []), ...(t.body?.sections ?? []).flatMap((s) => [...(s.headline ?? []), ...(s.paragraphs ?? [])])].join('\n');
      matches.push(shingleMatch(body, o.body));
    });
    rows[name] = { 'title exact': pct(titles / entries.length), 'date exact': pct(dates / Math.max(dated, 1)), 'authors exact': pct(authors / Math.max(authored, 1)), 'body F1': f3(shingleScore(matches).f1), ...speedColumns(tallies[name]) };
  }
  console.log(`\nfundus — ${entries.length} pages (dates on ${truths.filter((t) => t.publishing_date).length}, authors on ${truths.filter((t) => t.authors?.length).length})`);
  console.table(rows);
  printSpeedRatio(tallies);
}

/** The seed page: every gold boilerplate line removed, the body kept whole, title and headings found. */
function seed(dir: string) {
  const gold = JSON.parse(readFileSync(join(dir, 'palmyre.gold.json'), 'utf8')) as {
    article: { title: string; headings: string[]; boilerplate: string[]; body_starts_with: string; body_ends_with: string };
  };
  const g = gold.article;
  const a = extractArticle({ origin: 'seed', url: null, file: null, bytes: readFileSync(join(dir, 'palmyre.txt')), contentType: null, published: null });
  const kept = new Set(a.blocks.map((b) => b.text));
  const headings = a.blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
  const body = a.blocks.filter((b) => b.kind !== 'title').map((b) => b.text).join('\n\n');
  console.log('\nseed — palmyre.txt');
  console.table({
    'title found': a.title === g.title,
    'headings found': `${g.headings.filter((h) => headings.includes(h)).length}/${g.headings.length} (${headings.length} marked)`,
    'boilerplate removed': `${g.boilerplate.filter((l) => !kept.has(l)).length}/${g.boilerplate.length}`,
    'body start and end kept': body.startsWith(g.body_starts_with) && body.endsWith(g.body_ends_with),
    'lines removed in all': a.removed.length,
  });
}

const SETS = { zyte, trafilatura, fundus } as const;

export async function run(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { set: { type: 'string' }, limit: { type: 'string' }, runs: { type: 'string' }, 'no-reference': { type: 'boolean' } } });
  runs = Math.max(1, Number(values.runs ?? 1) || 1);
  names = values['no-reference'] ? ['sitrep'] : ['sitrep', 'readability'];
  const limit = values.limit ? Number(values.limit) : undefined;
  const seedDir = sharedPath('seed');
  if (!values.set || values.set === 'seed') {
    if (seedDir) seed(seedDir);
    else console.log('extract/seed: skipped, ../shared/seed is absent');
    if (values.set === 'seed') return;
  }
  const chosen = values.set ? [values.set] : Object.keys(SETS);
  for (const set of chosen) {
    if (!(set in SETS)) throw new Error(`unknown set "${set}"; sets: ${Object.keys(SETS).join(', ')}`);
    const dir = sharedPath('bench', 'extract', set);
    if (!dir || !existsSync(dir)) {
      console.log(`extract/${set}: skipped, ../shared/bench/extract/${set} is absent`);
      continue;
    }
    SETS[set as keyof typeof SETS](dir, limit);
  }
}
