// `npm run bench -- analyze [--limit N] [--runs N]`: text-analysis throughput of the whole reading
// (every stage from tokens to claims, with the gazetteer) on real article texts (bench/_corpus.ts).
// Reports MB/s and articles/s per core (CPU time, so a busy machine still gives the per-core rate;
// after a JIT warm-up on other articles) and peak RSS at a quarter, half and all of the corpus, to show that
// memory stays flat as it grows. Each run is a fresh process (default 3): on a shared VM the same
// process's CPU time varies up to twofold from one run to the next (V8's background compiler and
// collector threads), so the table is the median run's, with the range of all runs under it.
import { execFileSync } from 'node:child_process';
import { analyseArticle } from '../src/analyse/analyse.js';
import { getPack } from '../src/lang/index.js';
import { loadGazetteerOrNull } from '../src/geo/gazetteer.js';
import { cpuMs, limitArg, readingCorpus, warmupArticles } from './_corpus.js';

interface Row {
  articles: number;
  mb: number;
  cpuS: number;
  peakMb: number;
  events: number;
}

interface Pass {
  header: string;
  rows: Row[];
}

const CHILD = '--one-run';

export async function run(args: string[]): Promise<void> {
  if (args.includes(CHILD)) {
    console.log(JSON.stringify(measure(args)));
    return;
  }
  const at = args.indexOf('--runs');
  const runs = at >= 0 ? Math.max(1, Number(args[at + 1]) || 1) : 3;
  const passes: Pass[] = [];
  for (let i = 0; i < runs; i++) {
    const out = execFileSync(process.execPath, [...process.execArgv, process.argv[1]!, 'analyze', CHILD, ...args], { encoding: 'utf8', maxBuffer: 1 << 24 });
    const pass = JSON.parse(out.trim().split('\n').at(-1)!) as Pass | { skipped: string };
    if ('skipped' in pass) {
      console.log(`analyze: ${pass.skipped}`);
      return;
    }
    passes.push(pass);
  }
  const total = (p: Pass) => p.rows.at(-1)!.cpuS;
  const sorted = [...passes].sort((a, b) => total(a) - total(b));
  const median = sorted[Math.floor((sorted.length - 1) / 2)]!;
  console.log(`${median.header}; median of ${runs} runs (each a fresh process)`);
  console.log('| articles | MB | CPU s | MB/s per core | articles/s per core | peak RSS MB | events |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of median.rows) {
    console.log(`| ${r.articles} | ${r.mb.toFixed(2)} | ${r.cpuS.toFixed(2)} | ${(r.mb / r.cpuS).toFixed(2)} | ${(r.articles / r.cpuS).toFixed(1)} | ${r.peakMb.toFixed(0)} | ${r.events} |`);
  }
  const rates = sorted.map((p) => p.rows.at(-1)!.mb / total(p));
  console.log(`all runs, whole corpus: ${rates.map((r) => r.toFixed(2)).join(', ')} MB/s per core`);
}

/** One timed pass over the corpus after the warm-up, with a row at a quarter, half and all of it. */
function measure(args: string[]): Pass | { skipped: string } {
  const { articles, texts } = readingCorpus(limitArg(args));
  if (!articles.length) return { skipped: '../shared/bench/extract is absent; skipped' };
  const gazetteer = loadGazetteerOrNull((m) => console.error(`analyze: ${m}`));
  // Warm the JIT on other articles first: the table measures steady throughput, as in a long ingest.
  const warmup = warmupArticles();
  for (const article of warmup) analyseArticle(article, { pack: getPack(article.lang), gazetteer });
  const marks = new Set([Math.ceil(articles.length / 4), Math.ceil(articles.length / 2), articles.length]);
  const header = `analyze: ${articles.length} articles (after ${warmup.length} warm-up readings of other articles) in ${[...new Set(articles.map((a) => a.lang))].join(', ')} (of ${texts} texts)`;
  const rows: Row[] = [];
  const sizes = articles.map((a) => Buffer.byteLength(a.text));
  let bytes = 0;
  let events = 0;
  // The clock is read only at the marks: a process-wide CPU reading is a system call, slow on
  // this kind of VM (tens of µs), and per article it would be timed as reading. The peak RSS is the
  // kernel's high-water mark, so nothing between the marks is missed.
  const start = cpuMs();
  for (const [i, article] of articles.entries()) {
    events += analyseArticle(article, { pack: getPack(article.lang), gazetteer }).events.length;
    bytes += sizes[i]!;
    if (marks.has(i + 1)) {
      const cpu = cpuMs() - start;
      rows.push({ articles: i + 1, mb: bytes / 1e6, cpuS: cpu / 1000, peakMb: (process.resourceUsage().maxRSS * 1024) / 1e6, events });
    }
  }
  return { header, rows };
}
