import { describe, expect, it } from 'vitest';
import { buildNameTable, continuesKey, findKey } from '../../src/geo/name-table.js';

// Records as the index writes them: "key\tvalues\n", sorted by key in code units.
const names = ['al\t1\n', 'al qaim\t2\n', 'new\t3\n', 'new york\t4,5\n', 'new york mills\t6\n', 'newark\t7\n', 'paris\t8\n'].join('');

describe('name table', () => {
  const table = buildNameTable(names);
  const values = (key: string) => {
    const at = findKey(table, names, key);
    return at < 0 ? null : names.slice(at, names.indexOf('\n', at));
  };

  it('finds each key, and no key that is only a prefix or an extension of one', () => {
    expect(values('al')).toBe('1');
    expect(values('new york')).toBe('4,5');
    expect(values('paris')).toBe('8');
    expect(values('new yor')).toBeNull();
    expect(values('new york m')).toBeNull();
    expect(values('parisx')).toBeNull();
    expect(values('')).toBeNull();
  });

  it('tells whether a longer key continues a name after a space', () => {
    expect(continuesKey(table, names, 'new')).toBe(true);
    expect(continuesKey(table, names, 'new york')).toBe(true);
    expect(continuesKey(table, names, 'al')).toBe(true);
    expect(continuesKey(table, names, 'newark')).toBe(false);
    expect(continuesKey(table, names, 'paris')).toBe(false);
    expect(continuesKey(table, names, 'ne')).toBe(false);
  });

  it('keeps every key and prefix when the table outgrows its first size', () => {
    // Five prefixes a key ("w0042 ", "w0042 a ", …): more than the table is first sized for.
    const key = (i: number) => `w${String(i).padStart(4, '0')} a b c d e`;
    const many = Array.from({ length: 3000 }, (_, i) => `${key(i)}\t${i}\n`).join('');
    const big = buildNameTable(many);
    for (const i of [0, 1234, 2999]) {
      expect(many.slice(findKey(big, many, key(i))).startsWith(`${i}\n`)).toBe(true);
      expect(continuesKey(big, many, key(i).slice(0, -4))).toBe(true);
    }
    expect(findKey(big, many, key(3000))).toBe(-1);
    expect(continuesKey(big, many, key(1))).toBe(false);
  });
});
