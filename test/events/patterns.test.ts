import { describe, expect, it } from 'vitest';
import { compilePattern, matchAt, PatternSet } from '../../src/events/patterns.js';

const lowers = (s: string) => s.toLowerCase().split(' ');

describe('token patterns', () => {
  it('matches prefixes, alternatives and gaps, reporting the words it hit', () => {
    const words = lowers("les forces ont repris hier le contrôle de la ville");
    const m = matchAt(compilePattern('repris|reprend .. contrôle'), words, 3, words.length);
    expect(m && [m.first, m.end, m.hits]).toEqual([3, 7, [3, 6]]);
    expect(matchAt(compilePattern('frapp*'), lowers('frappes aériennes'), 0, 2)?.end).toBe(1);
  });

  it('does not match past the limit or across a longer gap', () => {
    expect(matchAt(compilePattern('tomb* .. aux mains'), lowers('tombée aux mains'), 0, 2)).toBeNull();
    expect(matchAt(compilePattern('tomb* .. mains'), lowers('tombée a b c d mains'), 0, 6)).toBeNull();
  });

  it('treats both apostrophes alike and prefers the longest pattern', () => {
    const set = new PatternSet([['perd*', 'loss'], ['perd* la vie', 'death'], ["d' après", 'source']] as const);
    expect(set.scan(lowers('ils ont perdu la vie'), 0, 5).map((m) => m.value)).toEqual(['death']);
    expect(set.scan(["d’", 'après'].map((w) => w.replace('’', "'")), 0, 2).map((m) => m.value)).toEqual(['source']);
  });

  it('refuses a pattern that starts or ends with a gap', () => {
    expect(() => compilePattern('.. mains')).toThrow(/must start and end/);
  });
});
