// Scores of the extraction benchmarks, as ../shared/README.md describes them.

/** Unicode word tokens, case kept. */
export function tokens(text: string): string[] {
  return text.match(/[\p{L}\p{N}_]+/gu) ?? [];
}

function shingles(text: string, n = 4): Map<string, number> {
  const t = tokens(text);
  const out = new Map<string, number>();
  for (let i = 0; i + n <= Math.max(t.length, n); i++) {
    const key = t.slice(i, i + n).join(' ');
    if (key) out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** Per page: true positives, false positives and false negatives of 4-token shingles, scaled to sum 1. */
export function shingleMatch(truth: string, predicted: string): [number, number, number] {
  const a = shingles(truth);
  const b = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const t = a.get(key) ?? 0;
    const p = b.get(key) ?? 0;
    tp += Math.min(t, p);
    fp += Math.max(0, p - t);
    fn += Math.max(0, t - p);
  }
  const s = tp + fp + fn;
  return s ? [tp / s, fp / s, fn / s] : [0, 0, 0];
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

/** Precision and recall averaged over pages, F1 their harmonic mean. */
export function shingleScore(pages: [number, number, number][]): Prf {
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const precision = mean(pages.map(([tp, fp]) => (tp + fp > 0 ? tp / (tp + fp) : 0)));
  const recall = mean(pages.map(([tp, , fn]) => (tp + fn > 0 ? tp / (tp + fn) : 0)));
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** trafilatura's snippets: `with` found = TP, missing = FN; `without` found = FP, absent = TN. */
export function snippetCounts(output: string, withSnippets: string[], withoutSnippets: string[]) {
  const text = squash(output);
  let tp = 0, fn = 0, fp = 0, tn = 0;
  for (const s of withSnippets) if (text.includes(squash(s))) tp++; else fn++;
  for (const s of withoutSnippets) if (text.includes(squash(s))) fp++; else tn++;
  return { tp, fn, fp, tn };
}

export function microPrf(c: { tp: number; fn: number; fp: number }): Prf {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
