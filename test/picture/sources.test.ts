import { describe, expect, it } from 'vitest';
import { minhashSignature, outletKey, similarity, sourceGroups, textHash, SIGNATURE_SIZE } from '../../src/picture/sources.js';
import { fixtureText, shuffled } from './scenario.js';

const item = (articleId: string, site: string | null, file: string, url: string | null = null) => {
  const text = fixtureText(file);
  return { articleId, site, url, textHash: textHash(text), minhash: minhashSignature(text) };
};

describe('minhash', () => {
  it('finds a wire copy reprinted with another headline and one word changed', () => {
    const a = minhashSignature(fixtureText('wire-reprint-a.en.txt'));
    const b = minhashSignature(fixtureText('wire-reprint-b.en.txt'));
    expect(a).toHaveLength(SIGNATURE_SIZE);
    expect(similarity(a, b)).toBeGreaterThanOrEqual(0.8);
  });

  it('keeps independent articles on the same clash apart, in English and in French', () => {
    const wire = minhashSignature(fixtureText('wire-reprint-a.en.txt'));
    expect(similarity(wire, minhashSignature(fixtureText('daily-courier.en.txt')))).toBeLessThan(0.2);
    expect(similarity(wire, minhashSignature(fixtureText('le-quotidien.fr.txt')))).toBeLessThan(0.2);
  });

  it('gives an empty signature to an empty text, similar to nothing', () => {
    expect(minhashSignature(' … ')).toEqual([]);
    expect(similarity([], [])).toBe(0);
  });
});

describe('outletKey', () => {
  it('reduces a site to its registrable domain', () => {
    expect(outletKey('https://www.Gazette.example/world/1')).toBe('gazette.example');
    expect(outletKey('edition.gazette.example')).toBe('gazette.example');
    expect(outletKey('https://news.herald.co.uk/a')).toBe('herald.co.uk');
    expect(outletKey('Le Quotidien')).toBe('le quotidien');
    expect(outletKey(null)).toBeNull();
  });
});

describe('sourceGroups', () => {
  it('counts a wire copy on two sites once and the same outlet twice once', () => {
    const groups = sourceGroups([
      item('a', 'gazette.example', 'wire-reprint-a.en.txt'),
      item('b', 'herald.example', 'wire-reprint-b.en.txt'),
      item('c', 'courier.example', 'daily-courier.en.txt'),
      item('d', 'https://www.courier.example/x', 'daily-courier-followup.en.txt'),
      item('e', 'lequotidien.example', 'le-quotidien.fr.txt'),
    ]);
    expect(groups).toEqual([0, 0, 1, 1, 2]);
  });

  it('counts the same text under two URLs once, and unknown outlets apart', () => {
    const groups = sourceGroups([
      item('a', null, 'daily-courier.en.txt'),
      item('b', null, 'daily-courier.en.txt'),
      item('c', null, 'le-quotidien.fr.txt'),
    ]);
    expect(groups).toEqual([0, 0, 1]);
  });

  it('knows an outlet by its name or by its URL', () => {
    const groups = sourceGroups([
      item('a', 'Daily Courier', 'daily-courier.en.txt', 'https://www.courier.example/a'),
      item('b', null, 'daily-courier-followup.en.txt', 'https://courier.example/b'),
      item('c', 'Daily Courier', 'le-quotidien.fr.txt', null),
    ]);
    expect(groups).toEqual([0, 0, 0]);
  });

  it('finds the reprint among many articles through LSH bands', () => {
    const words = fixtureText('le-quotidien.fr.txt').split(/\s+/);
    // 40 different texts of the same words, each in its own order
    const texts = Array.from({ length: 40 }, (_, i) => shuffled(words, i + 1).join(' '));
    const items = texts.map((text, i) => ({ articleId: `x${i}`, site: `site${i}.example`, url: null, textHash: textHash(text), minhash: minhashSignature(text) }));
    const wire = fixtureText('wire-reprint-a.en.txt');
    const reprint = fixtureText('wire-reprint-b.en.txt');
    items.push({ articleId: 'w1', site: 'one.example', url: null, textHash: textHash(wire), minhash: minhashSignature(wire) });
    items.push({ articleId: 'w2', site: 'two.example', url: null, textHash: textHash(reprint), minhash: minhashSignature(reprint) });
    const groups = sourceGroups(items);
    expect(groups[40]).toBe(groups[41]);
    expect(new Set(groups).size).toBe(41);
  });
});
