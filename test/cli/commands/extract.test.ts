import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { main } from '../../../src/cli/main.js';

function io(stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const sink = (into: string[]) => Object.assign(new PassThrough(), { write: (s: string) => (into.push(s), true) });
  return { io: { stdout: sink(out), stderr: sink(err), stdin: Readable.from([stdin]) }, out, err };
}

describe('sitrep extract', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-cli-'));
  const page = join(dir, 'page.txt');
  writeFileSync(page, 'Truce talks resume in the capital\n\nNegotiators from both sides met on Tuesday for the first time in weeks, mediators said.');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints one article object for one input', async () => {
    const t = io();
    expect(await main(['extract', page], t.io)).toBe(0);
    const article = JSON.parse(t.out.join(''));
    expect(article).toMatchObject({ title: 'Truce talks resume in the capital', lang: 'en', file: page, extractor: 'text-lines' });
  });

  it('reports a failed input on stderr, prints the others as an array, and exits 1', async () => {
    const t = io('Second article read from stdin, with enough words to be prose.');
    expect(await main(['extract', page, join(dir, 'missing.html'), '-'], t.io)).toBe(1);
    expect(JSON.parse(t.out.join(''))).toHaveLength(2);
    expect(t.err.join('')).toMatch(/missing\.html: SITREP_E_INPUT: no such file/);
  });

  it('prints jsonl and text, and refuses a malformed --published', async () => {
    const j = io();
    await main(['extract', page, page, '--format', 'jsonl'], j.io);
    expect(j.out.join('').trim().split('\n')).toHaveLength(2);
    const t = io();
    await main(['extract', page, '--format', 'text'], t.io);
    expect(t.out.join('')).toMatch(/^# Truce talks resume in the capital\n/);
    const bad = io();
    expect(await main(['extract', page, '--published', 'yesterday'], bad.io)).toBe(1);
    expect(bad.err.join('')).toMatch(/SITREP_E_USAGE/);
  });
});
