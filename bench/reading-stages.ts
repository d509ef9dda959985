// `npm run bench -- reading-stages [--limit N]`: throughput of the dates, figures and entities
// stages on real article texts (the zyte benchmark's ground-truth bodies, read in place from
// ../shared), per stage: CPU seconds, MB/s and articles/s per core, and peak RSS. CPU time, not
// wall time, so that a machine busy with other work still gives the per-core rate.
import { cpuMs, zyteBodies } from './_corpus.js';
import { tokenize } from '../src/analyse/tokens.js';
import { splitSentences } from '../src/analyse/sentences.js';
import { findDates } from '../src/analyse/dates/dates.js';
import { findFigures } from '../src/analyse/figures/figures.js';
import { findEntities } from '../src/analyse/entities/entities.js';
import { getPack } from '../src/lang/index.js';

export async function run(args: string[]): Promise<void> {
  const bodies = zyteBodies();
  if (!bodies) {
    console.log('reading-stages: ../shared/bench/extract/zyte is absent; skipped');
    return;
  }
  const limitAt = args.indexOf('--limit');
  const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : Infinity;
  const texts = bodies.slice(0, limit);
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const time = { dates: 0, figures: 0, entities: 0 };
  const found = { dates: 0, figures: 0, entities: 0 };
  for (const lang of ['en', 'fr']) {
    const pack = getPack(lang);
    // One untimed pass first: compiling the packs' regexes and the JIT's warm-up are paid once per process.
    for (const timed of [false, true]) {
      for (const text of texts) {
        const tokens = tokenize(text, pack.tokens);
        const sentences = splitSentences(text, tokens, [{ kind: 'paragraph', text, start: 0, end: text.length }], pack.tokens);
        const t0 = cpuMs();
        const dates = findDates(text, tokens, '2020-06-15', pack.dates, pack.numbers);
        const t1 = cpuMs();
        const figures = findFigures(text, tokens, sentences, dates, pack.figures, pack.numbers);
        const t2 = cpuMs();
        const entities = findEntities(text, tokens, sentences, [], pack.actors, pack.tokens);
        const t3 = cpuMs();
        if (!timed) continue;
        time.dates += t1 - t0;
        time.figures += t2 - t1;
        time.entities += t3 - t2;
        found.dates += dates.length;
        found.figures += figures.length;
        found.entities += entities.length;
      }
    }
  }
  const passes = 2;
  console.log(`reading-stages: ${texts.length} articles, ${(bytes / 1e6).toFixed(2)} MB, read with the en and fr packs each, after one warm-up pass`);
  console.log('| stage | CPU seconds | MB/s | articles/s | found |');
  console.log('|---|---|---|---|---|');
  for (const stage of ['dates', 'figures', 'entities'] as const) {
    const s = time[stage] / 1000;
    console.log(`| ${stage} | ${s.toFixed(2)} | ${((bytes * passes) / 1e6 / s).toFixed(2)} | ${((texts.length * passes) / s).toFixed(0)} | ${found[stage]} |`);
  }
  console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}
