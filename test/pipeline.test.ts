// readPage: one page in, one reading out, and a page too long to be one article refused before
// the reading (bounded time and memory) with a coded error the callers report per item.
import { describe, expect, it } from 'vitest';
import { readPage } from '../src/pipeline.js';
import { LIMITS } from '../src/sources/limits.js';
import type { RawPage } from '../src/sources/raw.js';

function textPage(text: string): RawPage {
  return { origin: 'test.txt', url: null, file: 'test.txt', bytes: Buffer.from(text), contentType: null, published: null };
}

describe('readPage', () => {
  it('reads a short article', () => {
    const reading = readPage(textPage('Rebels shelled the town of Idlib on Monday, the army said.'), { lang: 'en', published: '2020-03-02' }, { gazetteer: null });
    expect(reading.article.lang).toBe('en');
    expect(reading.tokens.length).toBeGreaterThan(10);
  });

  it('refuses a clean text longer than one article with SITREP_E_INPUT', () => {
    const sentence = 'The convoy reached the northern district before dawn and unloaded food. ';
    const text = sentence.repeat(Math.ceil((LIMITS.maxArticleChars + 1000) / sentence.length));
    expect(() => readPage(textPage(text), { lang: 'en' }, { gazetteer: null })).toThrow(
      expect.objectContaining({ code: 'SITREP_E_INPUT', message: expect.stringMatching(/exceeds the 2000000-character limit/) }),
    );
  });
});
