import { describe, expect, it } from 'vitest';
import { furnitureMatcher } from '../../../src/clean/furniture.js';
import { parseByline, parseDateline } from '../../../src/clean/byline.js';

describe('English extract lexicon', () => {
  const f = furnitureMatcher();

  it('knows English site furniture', () => {
    expect(f.classify('Share this article')).toBe('furniture');
    expect(f.classify('Sign up for our daily briefing newsletter')).toBe('furniture');
    expect(f.classify('Advertisement')).toBe('furniture');
    expect(f.classify('RELATED STORIES')).toBe('teaser-marker');
    expect(f.classify('You may also like')).toBe('teaser-marker');
    expect(f.classify('Leave a reply')).toBe('tail-marker');
  });

  it('does not take prose or headlines for furniture', () => {
    expect(f.classify('Share prices fell sharply after the attack on the pipeline.')).toBeNull();
    expect(f.classify('Related groups claimed the bombing')).toBeNull();
    expect(f.classify('Comments by the minister angered the opposition')).toBeNull();
  });

  it('reads English bylines and datelines', () => {
    expect(parseByline('By John Smith and Sarah O’Neil')).toEqual(['John Smith', 'Sarah O’Neil']);
    expect(parseByline('By Aisha Bello | Reuters')).toEqual(['Aisha Bello']);
    expect(parseByline('By the end of the week, the convoy had left.')).toBeNull();
    expect(parseDateline('Updated: March 7, 2024 at 10:42 a.m. ET')).toBe('2024-03-07');
    expect(parseDateline('Published 12 January 2025')).toBe('2025-01-12');
    expect(parseDateline('Updated an hour ago')).toBeNull();
  });
});
