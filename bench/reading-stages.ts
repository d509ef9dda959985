// `npm run bench -- reading-stages [--limit N]`: where the reading's time goes. The same corpus and
// warm-up as `analyze`, each article read once through the stages of src/analyse/stages.ts with
// each stage timed apart: CPU ms per article, share, MB/s per core of the stage alone; then a
// second, untimed pass measures the bytes each stage allocates per article (the garbage
// collector's work grows with them; reading the heap's size costs too much to do while timing).
// CPU time, so that a machine busy with other work still gives the per-core cost. The stages'
// sum leaves out the collector's threads between stages and the cost of the clock itself (a
// process-wide CPU reading is a system call): `analyze` gives the whole reading's rate.
import { getHeapStatistics } from 'node:v8';
import { STAGES } from '../src/analyse/stages.js';
import { emptyDoc, type Doc } from '../src/core/doc.js';
import type { Context } from '../src/core/context.js';
import { getPack } from '../src/lang/index.js';
import { loadGazetteerOrNull } from '../src/geo/gazetteer.js';
import { cpuMs, limitArg, readingCorpus, warmupArticles } from './_corpus.js';
import type { Article } from '../src/model/reading.js';

/** Per stage: CPU ms, or bytes allocated with the number of readings measured (a collection inside the stage hides them). */
type Totals = Map<string, { sum: number; measured: number }>;

function read(article: Article, ctx: Context, measure: null | ((run: () => Partial<Doc>) => [Partial<Doc>, number | null]), totals: Totals): void {
  let doc: Doc = { ...emptyDoc(article, article.published), warnings: article.published ? [] : ['no publication date'] };
  for (const stage of STAGES) {
    const [out, value] = measure ? measure(() => stage.run(doc, ctx)) : [stage.run(doc, ctx), null];
    doc = Object.freeze({ ...doc, ...out });
    if (value === null) continue;
    const t = totals.get(stage.name) ?? { sum: 0, measured: 0 };
    t.sum += value;
    t.measured++;
    totals.set(stage.name, t);
  }
}

const cpu = (run: () => Partial<Doc>): [Partial<Doc>, number] => {
  const start = cpuMs();
  const out = run();
  return [out, cpuMs() - start];
};

const allocated = (run: () => Partial<Doc>): [Partial<Doc>, number | null] => {
  const before = getHeapStatistics().used_heap_size;
  const out = run();
  const bytes = getHeapStatistics().used_heap_size - before;
  return [out, bytes >= 0 ? bytes : null];
};

export async function run(args: string[]): Promise<void> {
  const { articles } = readingCorpus(limitArg(args));
  if (!articles.length) {
    console.log('reading-stages: ../shared/bench/extract is absent; skipped');
    return;
  }
  const gazetteer = loadGazetteerOrNull((m) => console.log(`reading-stages: ${m}`));
  const ctxOf = (a: Article): Context => ({ pack: getPack(a.lang), gazetteer });
  const warmup = warmupArticles();
  for (const article of warmup) read(article, ctxOf(article), null, new Map());
  const times: Totals = new Map();
  for (const article of articles) read(article, ctxOf(article), cpu, times);
  const bytes: Totals = new Map();
  for (const article of articles) read(article, ctxOf(article), allocated, bytes);
  const mb = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0) / 1e6;
  const n = articles.length;
  const all = [...times.values()].reduce((sum, t) => sum + t.sum, 0);
  console.log(`reading-stages: ${n} articles, ${mb.toFixed(2)} MB, each read once after ${warmup.length} warm-up readings of other articles`);
  console.log('| stage | CPU ms per article | share | MB/s per core | KB allocated per article |');
  console.log('|---|---:|---:|---:|---:|');
  for (const [name, t] of times) {
    const b = bytes.get(name);
    const kb = b?.measured ? (b.sum / b.measured / 1024).toFixed(0) : '–';
    console.log(`| ${name} | ${(t.sum / n).toFixed(3)} | ${((100 * t.sum) / all).toFixed(1)} % | ${(mb / (t.sum / 1000)).toFixed(2)} | ${kb} |`);
  }
  console.log(`| all stages | ${(all / n).toFixed(3)} | 100 % | ${(mb / (all / 1000)).toFixed(2)} | |`);
}
