import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { renderHighlighted, segments, textBlocks, type Mark } from '../../src/web/highlight.js';

const text = 'Kyiv said 40 drones hit Odesa on Monday.\n\n<script>alert(1)</script> <img src=x onerror="alert(2)">';
const at = (s: string) => text.indexOf(s);
const marks: Mark[] = [
  { start: at('Kyiv'), end: at('Kyiv') + 4, kind: 'entity', label: 'Ukrainian government' },
  { start: at('40 drones'), end: at('40 drones') + 9, kind: 'figure' },
  { start: at('Odesa'), end: at('Odesa') + 5, kind: 'place' },
  { start: at('40'), end: at('Odesa') + 5, kind: 'evidence' },
];

describe('highlighter', () => {
  it('splits the text at every mark boundary, overlaps included', () => {
    const segs = segments(marks, 0, at('.'));
    expect(segs.map((s) => text.slice(s.start, s.end))).toEqual(['Kyiv', ' said ', '40 drones', ' hit ', 'Odesa', ' on Monday']);
    expect(segs[2].marks.map((m) => m.kind)).toEqual(['figure', 'evidence']);
    expect(segs[4]).toMatchObject({ start: 24, end: 29 });
    expect(segs[1].marks).toEqual([]);
  });

  it('ignores empty marks and marks outside the range', () => {
    expect(segments([{ start: 5, end: 5, kind: 'date' }, { start: 50, end: 60, kind: 'date' }], 0, 10)).toEqual([{ start: 0, end: 10, marks: [] }]);
  });

  it('shows text outside the blocks as blank-line paragraphs', () => {
    expect(textBlocks(text, []).map((b) => [b.start, b.end])).toEqual([[0, 40], [42, text.length]]);
    expect(textBlocks(text, [{ kind: 'title', start: 0, end: 4 }, { kind: 'x', start: -1, end: 3 }])).toEqual([
      { kind: 'title', start: 0, end: 4 },
      { kind: 'paragraph', start: 4, end: 40 },
      { kind: 'paragraph', start: 42, end: text.length },
    ]);
  });

  it('renders marks and keeps markup in the text as text', () => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const root = renderHighlighted(document as unknown as Document, text, [], marks);
    const found = [...root.querySelectorAll('mark')].map((m) => [m.className, m.textContent]);
    expect(found).toEqual([['hl-entity', 'Kyiv'], ['hl-figure hl-evidence', '40 drones'], ['hl-evidence', ' hit '], ['hl-place hl-evidence', 'Odesa']]);
    expect(root.querySelector('mark')!.getAttribute('title')).toBe('Ukrainian government');
    expect(root.querySelectorAll('script, img')).toHaveLength(0);
    expect(root.querySelectorAll('p')[1].textContent).toBe('<script>alert(1)</script> <img src=x onerror="alert(2)">');
  });
});
