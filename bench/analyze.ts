// `npm run bench -- analyze [--limit N]`: text-analysis throughput of the whole reading (every
// stage from tokens to claims, with the gazetteer) on real article texts (bench/_corpus.ts).
// Reports MB/s and articles/s per core (CPU time, so a busy machine still gives the per-core rate;
// after a JIT warm-up on other articles) and peak RSS at a quarter, half and all of the corpus, to show that
// memory stays flat as it grows.
import { analyseArticle } from '../src/analyse/analyse.js';
import { getPack } from '../src/lang/index.js';
import { loadGazetteerOrNull } from '../src/geo/gazetteer.js';
import { cpuMs, limitArg, readingCorpus, warmupArticles } from './_corpus.js';

export async function run(args: string[]): Promise<void> {
  const { articles, texts } = readingCorpus(limitArg(args));
  if (!articles.length) {
    console.log('analyze: ../shared/bench/extract is absent; skipped');
    return;
  }
  const gazetteer = loadGazetteerOrNull((m) => console.log(`analyze: ${m}`));
  // Warm the JIT on other articles first: the table measures steady throughput, as in a long ingest.
  const warmup = warmupArticles();
  for (const article of warmup) analyseArticle(article, { pack: getPack(article.lang), gazetteer });
  const marks = new Set([Math.ceil(articles.length / 4), Math.ceil(articles.length / 2), articles.length]);
  console.log(`analyze: ${articles.length} articles (after ${warmup.length} warm-up readings of other articles) in ${[...new Set(articles.map((a) => a.lang))].join(', ')} (of ${texts} texts)`);
  console.log('| articles | MB | CPU s | MB/s per core | articles/s per core | peak RSS MB | events |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|');
  let bytes = 0;
  let cpu = 0;
  let events = 0;
  let peak = 0;
  for (const [i, article] of articles.entries()) {
    const before = cpuMs();
    const reading = analyseArticle(article, { pack: getPack(article.lang), gazetteer });
    cpu += cpuMs() - before;
    bytes += Buffer.byteLength(article.text);
    events += reading.events.length;
    peak = Math.max(peak, process.memoryUsage().rss);
    if (marks.has(i + 1)) {
      const mb = bytes / 1e6;
      console.log(`| ${i + 1} | ${mb.toFixed(2)} | ${(cpu / 1000).toFixed(2)} | ${(mb / (cpu / 1000)).toFixed(2)} | ${((i + 1) / (cpu / 1000)).toFixed(1)} | ${(peak / 1e6).toFixed(0)} | ${events} |`);
    }
  }
}
