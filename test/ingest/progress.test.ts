import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { progressLine } from '../../src/ingest/progress.js';

function stream(isTTY: boolean) {
  const out = { text: '' };
  const s = Object.assign(new Writable({ write: (c, _e, done) => ((out.text += String(c)), done()) }), { isTTY, columns: 120 });
  return { s, out };
}

describe('progress line', () => {
  it('redraws items, rate, ETA and errors in place on a terminal', () => {
    const { s, out } = stream(true);
    let now = 0;
    const line = progressLine(s, () => now);
    now = 10_000;
    line.update({ pending: 60, running: 2, done: 36, failed: 2 });
    expect(out.text).toBe('\ringest: 38/100 pages · 3.8/s · ETA 16s · 2 failed\x1b[K');
    line.end();
    expect(out.text.endsWith('\r\x1b[K')).toBe(true);
  });

  it('says nothing into a pipe', () => {
    const { s, out } = stream(false);
    const line = progressLine(s);
    line.update({ pending: 1, running: 0, done: 1, failed: 0 });
    line.end();
    expect(out.text).toBe('');
  });
});
