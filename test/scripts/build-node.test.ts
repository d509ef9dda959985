import { describe, expect, it } from 'vitest';
import { isFresh, stateOf } from '../../scripts/build-node.js';

// The compiled build runs only while every source it was built from is unchanged: a stale build never runs.
describe('build:node freshness', () => {
  const now = (path: string) => stateOf(path) as [number, number];

  it('holds while every recorded source keeps its time and size', () => {
    expect(isFresh({ 'src/errors.ts': now('src/errors.ts'), 'bench/run.ts': now('bench/run.ts') })).toBe(true);
  });

  it('fails when a source changed, is gone, or nothing was built', () => {
    const [mtime, size] = now('src/errors.ts');
    expect(isFresh({ 'src/errors.ts': [mtime + 1, size] })).toBe(false);
    expect(isFresh({ 'src/errors.ts': [mtime, size + 1] })).toBe(false);
    expect(isFresh({ 'src/no-such-module.ts': [mtime, size] })).toBe(false);
    expect(isFresh(null)).toBe(false);
  });

  it('looks only under the folders asked for', () => {
    const [mtime, size] = now('bench/run.ts');
    const stamp = { 'src/errors.ts': now('src/errors.ts'), 'bench/run.ts': [mtime + 1, size] as [number, number] };
    expect(isFresh(stamp, ['src'])).toBe(true);
    expect(isFresh(stamp, ['bench'])).toBe(false);
  });
});
