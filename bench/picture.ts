// `npm run bench -- picture [--limit N]`: the situation picture's merge at scale. Synthetic
// reports (several per true event, with jittered places, dates off by a day, missing or swapped
// actors, wire copies) → buildPicture; prints time, rate, peak RSS and pairwise precision/recall
// of the merge against the true events, at growing sizes.
import type { ActorRef, PlacePrecision, Report } from '../src/model/picture.js';
import { buildPicture } from '../src/picture/picture.js';
import { SIGNATURE_SIZE } from '../src/picture/sources.js';

/** mulberry32: the same corpus on every run. */
function rng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLOVER = ['ASSAULT', 'COERCE', 'PROTEST', 'MOBILIZE', 'RETREAT', 'SANCTION'];
const ACTORS: ActorRef[] = Array.from({ length: 60 }, (_, i) => ({ name: `Actor ${i}`, code: `C${String(i).padStart(2, '0')}REB`, country: null }));
const SITES = Array.from({ length: 200 }, (_, i) => `outlet${i}.example`);

function iso(day: number): string {
  return new Date(Date.UTC(2024, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
}

interface Corpus {
  readonly reports: Report[];
  /** The true event of each report, by report id. */
  readonly truth: Map<string, number>;
}

function corpus(size: number): Corpus {
  const random = rng(42);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
  const reports: Report[] = [];
  const truth = new Map<string, number>();
  for (let event = 0; reports.length < size; event++) {
    // ~30 000 places over a 12° × 12° box, events over a year
    const lat = 30 + random() * 12;
    const lon = 34 + random() * 12;
    const day = Math.floor(random() * 365);
    const plover = pick(PLOVER);
    const [a1, a2] = [pick(ACTORS), pick(ACTORS)];
    const copies = 1 + Math.floor(random() * random() * 6);
    const wire = Array.from({ length: SIGNATURE_SIZE }, () => Math.floor(random() * 2 ** 32));
    for (let c = 0; c < copies && reports.length < size; c++) {
      const articleId = `a${event}-${c}`;
      const precision: PlacePrecision = random() < 0.1 ? 'admin1' : 'city';
      const jitter = precision === 'city' ? 0.05 : 0.5;
      const swapped = random() < 0.2;
      const reprint = random() < 0.3;
      const r: Report = {
        id: `${articleId}#ev1`,
        articleId,
        eventId: 'ev1',
        site: pick(SITES),
        url: null,
        published: iso(day + 1),
        textHash: reprint ? `wire${event}` : articleId,
        minhash: reprint ? wire : Array.from({ length: SIGNATURE_SIZE }, () => Math.floor(random() * 2 ** 32)),
        plover,
        mode: null,
        acled: null,
        cameo: null,
        actor1: random() < 0.1 ? null : swapped ? a2 : a1,
        actor2: random() < 0.3 ? null : swapped ? a1 : a2,
        place: { name: `P${event}`, lat: lat + (random() - 0.5) * jitter, lon: lon + (random() - 0.5) * jitter, country: 'XX', admin1: null, geonameid: null, precision },
        date: random() < 0.05 ? { date: iso(day).slice(0, 7), precision: 'month' } : { date: iso(day + (random() < 0.2 ? 1 : 0)), precision: 'day' },
        timing: 'current',
        modality: random() < 0.8 ? 'asserted' : 'alleged',
        source: null,
        evidence: { start: 0, end: 0, text: '' },
        figures: random() < 0.3 ? [{ kind: 'killed', value: Math.floor(random() * 50), approx: 'exact', unit: null, text: null }] : [],
        territory: null,
      };
      reports.push(r);
      truth.set(r.id, event);
    }
  }
  return { reports, truth };
}

/** Pairwise precision and recall of the clusters against the true events. */
function pairScores(clusters: string[][], truth: Map<string, number>): { precision: number; recall: number } {
  const pairs = (n: number) => (n * (n - 1)) / 2;
  let predicted = 0;
  let correct = 0;
  for (const ids of clusters) {
    predicted += pairs(ids.length);
    const byTruth = new Map<number, number>();
    for (const id of ids) byTruth.set(truth.get(id)!, (byTruth.get(truth.get(id)!) ?? 0) + 1);
    for (const n of byTruth.values()) correct += pairs(n);
  }
  const trueSizes = new Map<number, number>();
  for (const t of truth.values()) trueSizes.set(t, (trueSizes.get(t) ?? 0) + 1);
  let actual = 0;
  for (const n of trueSizes.values()) actual += pairs(n);
  return { precision: predicted ? correct / predicted : 1, recall: actual ? correct / actual : 1 };
}

export async function run(args: string[]): Promise<void> {
  const at = args.indexOf('--limit');
  const limit = at >= 0 ? Number(args[at + 1]) : 100_000;
  const sizes = [10_000, 25_000, 50_000, 100_000].filter((n) => n <= limit);
  if (!sizes.includes(limit)) sizes.push(limit);
  buildPicture(corpus(2_000).reports); // warm-up, so the first row is not the JIT's
  console.log('\npicture merge (synthetic reports, 1 core; CPU ms is this process only, wall ms includes waiting for a busy machine)\n');
  console.log('| reports | true events | situation events | wall ms | CPU ms | reports/CPU s | peak RSS MB (process) | pair precision | pair recall |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const size of sizes) {
    const { reports, truth } = corpus(size);
    const started = performance.now();
    const cpu = process.cpuUsage();
    const picture = buildPicture(reports);
    const ms = performance.now() - started;
    const { user, system } = process.cpuUsage(cpu);
    const cpuMs = (user + system) / 1000;
    const scores = pairScores(picture.events.map((e) => e.reports.map((r) => r.id)), truth);
    const rss = process.resourceUsage().maxRSS / 1024;
    console.log(
      `| ${size} | ${new Set(truth.values()).size} | ${picture.events.length} | ${Math.round(ms)} | ${Math.round(cpuMs)} | ${Math.round(size / (cpuMs / 1000))} | ${Math.round(rss)} | ${scores.precision.toFixed(3)} | ${scores.recall.toFixed(3)} |`,
    );
  }
}
