// `npm run bench -- analyze [--limit N]`: text-analysis throughput of the whole reading (every
// stage from tokens to claims, with the gazetteer) on real article texts: the reference bodies of
// the zyte and fundus extraction sets, read in place from ../shared. Reports MB/s and articles/s
// per core (CPU time, so a busy machine still gives the per-core rate; after a short JIT warm-up)
// and peak RSS at a quarter, half and all of the corpus, to show that memory stays flat as it grows.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sharedPath } from '../src/shared-data.js';
import { extractArticle } from '../src/clean/extract.js';
import { analyseArticle } from '../src/analyse/analyse.js';
import { getPack, hasPack } from '../src/lang/index.js';
import { loadGazetteerOrNull } from '../src/geo/gazetteer.js';
import { cpuMs, zyteBodies } from './_corpus.js';

const WARMUP_ARTICLES = 50;

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

export async function run(args: string[]): Promise<void> {
  const limitAt = args.indexOf('--limit');
  const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : Infinity;
  const texts = [...(zyteBodies() ?? []), ...fundusBodies()].filter((t) => t.trim().length > 200);
  if (!texts.length) {
    console.log('analyze: ../shared/bench/extract is absent; skipped');
    return;
  }
  const gazetteer = loadGazetteerOrNull((m) => console.log(`analyze: ${m}`));
  // Clean once up front: the bench measures the reading, not the extraction.
  const articles = texts
    .map((text) => extractArticle({ origin: 'bench', url: null, file: null, bytes: Buffer.from(text), contentType: 'text/plain', published: '2024-01-01' }))
    .filter((a) => hasPack(a.lang))
    .slice(0, limit);
  // Warm the JIT on a few articles first: the table measures steady throughput, as in a long ingest.
  const warmup = articles.slice(0, WARMUP_ARTICLES);
  for (const article of warmup) analyseArticle(article, { pack: getPack(article.lang), gazetteer });
  const marks = new Set([Math.ceil(articles.length / 4), Math.ceil(articles.length / 2), articles.length]);
  console.log(`analyze: ${articles.length} articles (after ${warmup.length} warm-up readings) in ${[...new Set(articles.map((a) => a.lang))].join(', ')} (of ${texts.length} texts)`);
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
