// Binary search over sorted lists: tokens, sentences and mentions by offset, keys by prefix.

/**
 * The first index in [0, length) where `before(i)` is false, for a `before` that holds on a
 * prefix of the indices and fails on the rest (`length` when it holds everywhere).
 */
export function partitionPoint(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The sentence holding `offset` (sentences are sorted and disjoint). */
export function sentenceAt<S extends { start: number; end: number }>(sentences: readonly S[], offset: number): S | undefined {
  const s = sentences[partitionPoint(sentences.length, (i) => sentences[i].end <= offset)];
  return s && s.start <= offset ? s : undefined;
}
