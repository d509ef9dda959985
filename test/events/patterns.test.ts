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

  it('finds every start in a range, left to right, without overlaps, and none outside it', () => {
    const set = new PatternSet([['frapp*', 'strike'], ['frappe|frappes aérienne*', 'air'], ['bombard*', 'shell']] as const);
    const words = lowers('des frappes aériennes puis des bombardements et une frappe');
    expect(set.scan(words, 0, words.length).map((m) => [m.value, m.first, m.end])).toEqual([['air', 1, 3], ['shell', 5, 6], ['strike', 8, 9]]);
    expect(set.scan(words, 2, 8).map((m) => m.first)).toEqual([5]);
    expect(set.some(words, 6, 8)).toBe(false);
    expect(set.longestAt(words, 2, words.length)).toBeNull();
    expect(set.longestAt(words, 8, words.length)?.value).toBe('strike');
  });

  it('finds the first and the last token of a range where a pattern matches, within a limit', () => {
    const set = new PatternSet([['said', 'said'], ['told reporters', 'told']] as const);
    const words = lowers('he said the army told reporters that it said nothing');
    expect(set.firstIn(words, 2, words.length, words.length)?.value).toBe('told');
    expect(set.lastIn(words, 0, 9, words.length)?.first).toBe(8);
    expect(set.lastIn(words, 0, 8, words.length)?.value).toBe('told');
    // "told" starts in range but "reporters" lies past the limit: the earlier "said" is the last match.
    expect(set.lastIn(words, 0, 5, 5)?.first).toBe(1);
    expect(set.firstIn(words, 2, 4, words.length)).toBeNull();
  });

  it('between equal matches keeps the more specific pattern, then the earlier one', () => {
    const set = new PatternSet([['ti*', 'prefix'], ['tirs', 'exact'], ['tirs', 'later']] as const);
    expect(set.longestAt(lowers('des tirs'), 1, 2)?.value).toBe('exact');
  });

  it('reads a one-letter prefix and a set with no start in the text', () => {
    expect(new PatternSet([['x*', 'x']] as const).scan(lowers('a xenon'), 0, 2).map((m) => m.first)).toEqual([1]);
    const none = new PatternSet([['absent', 1]] as const);
    const words = lowers('rien ici');
    expect([none.scan(words, 0, 2), none.some(words, 0, 2), none.endsAt(words, 0, 2, 1)]).toEqual([[], false, false]);
  });
});

