import { describe, expect, it } from 'vitest';
import { memo } from '../../src/core/memo.js';

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
