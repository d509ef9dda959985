import { describe, expect, it } from 'vitest';
import { memo, oncePer } from '../../src/core/memo.js';

describe('memo', () => {
  it('computes once per list and key, and keeps the list as it was', () => {
    const list = ['a', 'b'];
    let calls = 0;
    const make = () => ++calls;
    const key = {};
    expect([memo(list, key, make), memo(list, key, make)]).toEqual([1, 1]);
    expect(memo(list, {}, make)).toBe(2);
    expect(memo(['a', 'b'], key, make)).toBe(3);
    expect(JSON.stringify(list)).toBe('["a","b"]');
    expect(Object.keys(list)).toEqual(['0', '1']);
  });

  it('remembers a null or undefined result too', () => {
    const list: string[] = [];
    let calls = 0;
    const key = {};
    memo(list, key, () => (calls++, undefined));
    memo(list, key, () => (calls++, undefined));
    expect(calls).toBe(1);
  });

  it('computes every time on a frozen list instead of failing', () => {
    const list = Object.freeze(['a']);
    let calls = 0;
    const key = {};
    memo(list, key, () => ++calls);
    expect(memo(list, key, () => ++calls)).toBe(2);
  });
});

describe('oncePer', () => {
  it('makes a value once per key object, passing on the second argument', () => {
    let calls = 0;
    const sized = oncePer((lex: { words: string[] }, extra: number) => (calls++, new Set(lex.words.map((w) => w.length + extra))));
    const lex = { words: ['a', 'bb'] };
    const first = sized(lex, 1);
    expect(sized(lex, 1)).toBe(first);
    expect([...first]).toEqual([2, 3]);
    expect(sized({ words: ['ccc'] }, 0)).toEqual(new Set([3]));
    expect(calls).toBe(2);
  });
});
