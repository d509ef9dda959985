// Evidence highlighting: marks given as offsets into the clean text become a flat list of
// segments (each with the marks that cover it), then DOM nodes built with textContent only —
// article text is never parsed as HTML.
export type MarkKind = 'entity' | 'place' | 'date' | 'figure' | 'quote' | 'evidence';

export interface Mark {
  start: number;
  end: number;
  kind: MarkKind;
  /** Shown as the tooltip of the highlighted text. */
  label?: string;
}

export interface Segment {
  start: number;
  end: number;
  marks: Mark[];
}

/** Splits [from, to) at every mark boundary; marks outside the range or empty are ignored. */
export function segments(marks: readonly Mark[], from: number, to: number): Segment[] {
  const inside = marks.filter((m) => m.end > m.start && m.end > from && m.start < to);
  const cuts = new Set<number>([from, to]);
  for (const m of inside) {
    cuts.add(Math.max(from, m.start));
    cuts.add(Math.min(to, m.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    out.push({ start, end, marks: inside.filter((m) => m.start <= start && m.end >= end) });
  }
  return out;
}

export interface TextBlock {
  kind: string;
  start: number;
  end: number;
}

/** Blank-line separated paragraphs of text[from, to). */
function paragraphs(text: string, from: number, to: number): TextBlock[] {
  const out: TextBlock[] = [];
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  const part = text.slice(from, to);
  for (let m = re.exec(part); m; m = re.exec(part)) if (m[0].trim()) out.push({ kind: 'paragraph', start: from + m.index, end: from + m.index + m[0].length });
  return out;
}

/**
 * Paragraph ranges: the article's blocks, with any text they leave out shown as paragraphs too
 * (so an evidence span outside every block is still on screen).
 */
export function textBlocks(text: string, blocks: readonly TextBlock[]): TextBlock[] {
  const valid = blocks.filter((b) => b.start >= 0 && b.end <= text.length && b.end > b.start).sort((a, b) => a.start - b.start);
  const out: TextBlock[] = [];
  let at = 0;
  for (const b of valid) {
    if (b.start < at) continue;
    out.push(...paragraphs(text, at, b.start), b);
    at = b.end;
  }
  out.push(...paragraphs(text, at, text.length));
  return out;
}

const BLOCK_TAG: Record<string, string> = { title: 'h2', heading: 'h3', quote: 'blockquote', byline: 'p', caption: 'p', list: 'p', table: 'p' };

/** Renders the text as blocks of text nodes and <mark> elements; returns the container. */
export function renderHighlighted(doc: Document, text: string, blocks: readonly TextBlock[], marks: readonly Mark[]): HTMLElement {
  const root = doc.createElement('div');
  root.className = 'article-text';
  for (const block of textBlocks(text, blocks)) {
    const el = doc.createElement(BLOCK_TAG[block.kind] ?? 'p');
    el.className = `block block-${block.kind}`;
    for (const seg of segments(marks, block.start, block.end)) {
      const piece = text.slice(seg.start, seg.end);
      if (!seg.marks.length) {
        el.appendChild(doc.createTextNode(piece));
        continue;
      }
      const mark = doc.createElement('mark');
      mark.className = [...new Set(seg.marks.map((m) => `hl-${m.kind}`))].join(' ');
      mark.dataset.start = String(seg.start);
      mark.dataset.end = String(seg.end);
      const labels = seg.marks.map((m) => m.label).filter(Boolean);
      if (labels.length) mark.title = labels.join(' · ');
      mark.textContent = piece;
      el.appendChild(mark);
    }
    root.appendChild(el);
  }
  return root;
}
