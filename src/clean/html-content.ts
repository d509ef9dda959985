// The main text of an HTML page. Paragraph-like nodes score their ancestors (text length, commas,
// link density, body markup), the best ancestor and its worthy siblings are read in order as
// blocks (headings, paragraphs, lists, tables, quotes, captions), and blocks that are links or
// site furniture are dropped. Cascade: strict (furniture classes pruned) → lenient → every paragraph.
import type { AnyNode, Document, Element, Stats } from './dom.js';
import { BLOCK_TAGS, attr, collapsedLength, isElement, measure, oneLine, textOf, tidy, MAX_DEPTH } from './dom.js';
import { CLEAN } from './config.js';
import { bodyItemprops, contentClass, droppedTags, furnitureClass, furnitureRoles } from '../lang/shared/html-furniture.js';
import type { BlockKind, Removed } from '../model/reading.js';

const H = CLEAN.html;
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const PARAGRAPHS = new Set(['p', 'pre', 'td', 'dd', 'blockquote', 'address']);
const EXEMPT = new Set(['html', 'body', 'article', 'main']);

export interface ContentBlock {
  kind: BlockKind;
  text: string;
  /** Share of the text inside links. */
  linkDensity: number;
}

export interface Content {
  blocks: ContentBlock[];
  removed: Removed[];
  step: string;
}

type Mode = 'strict' | 'lenient';

function hidden(el: Element): boolean {
  const a = el.attribs;
  if ('hidden' in a || a['aria-hidden'] === 'true') return true;
  const style = a.style;
  return !!style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Why an element is not article text, or null. */
function furnitureReason(el: Element, mode: Mode): string | null {
  if (droppedTags.has(el.name) || el.type !== 'tag') return el.name;
  if (hidden(el)) return 'hidden';
  const role = attr(el, 'role');
  if (role && furnitureRoles.has(role)) return `role:${role}`;
  if (mode === 'strict' && !EXEMPT.has(el.name)) {
    const names = `${attr(el, 'class')} ${attr(el, 'id')}`;
    if (names.length > 1 && furnitureClass.test(names) && !contentClass.test(names) && !bodyItemprops.has(attr(el, 'itemprop').toLowerCase())) {
      return `class:${names.trim().slice(0, 60)}`;
    }
  }
  return null;
}

function classWeight(el: Element): number {
  let w = 0;
  const names = `${attr(el, 'class')} ${attr(el, 'id')}`;
  if (furnitureClass.test(names)) w -= 25;
  if (contentClass.test(names)) w += 25;
  if (bodyItemprops.has(attr(el, 'itemprop').toLowerCase())) w += H.bodyMarkBonus;
  if (el.name === 'article') w += 10;
  return w;
}

function tagWeight(name: string): number {
  if (name === 'div' || name === 'article' || name === 'section' || name === 'main') return 5;
  if (name === 'pre' || name === 'td' || name === 'blockquote') return 3;
  if (name === 'ol' || name === 'ul' || name === 'dl' || name === 'dd' || name === 'dt' || name === 'li' || name === 'form' || name === 'address') return -3;
  if (HEADINGS.has(name) || name === 'th') return -5;
  return 0;
}

const linkDensity = (s: Stats | undefined) => (s && s.text ? s.links / s.text : 0);

class Reader {
  readonly stats: Map<Element, Stats>;
  readonly skip: (el: Element) => boolean;
  private readonly reasons = new Map<Element, string | null>();

  constructor(
    readonly doc: Document,
    readonly mode: Mode,
  ) {
    this.skip = (el) => this.reason(el) !== null;
    this.stats = measure(doc, this.skip);
  }

  reason(el: Element): string | null {
    let r = this.reasons.get(el);
    if (r === undefined) {
      r = furnitureReason(el, this.mode);
      this.reasons.set(el, r);
    }
    return r;
  }

  /**
   * Paragraph-like text and the element it scores: text containers without blocks below and
   * paragraph tags score their parent; runs of loose text beside blocks score their container.
   */
  paragraphs(): { node: Element; parent: Element | null; text: string }[] {
    const out: { node: Element; parent: Element | null; text: string }[] = [];
    const walk = (node: Element | Document, depth: number) => {
      if (depth > MAX_DEPTH) return;
      let loose = '';
      const flushLoose = () => {
        if (isElement(node) && loose.trim().length >= H.scoreMinChars) out.push({ node, parent: node, text: tidy(loose) });
        loose = '';
      };
      for (const c of node.children) {
        if (c.type === 'text') {
          loose += oneLine((c as unknown as { data: string }).data);
          continue;
        }
        if (!isElement(c) || this.skip(c)) continue;
        const s = this.stats.get(c)!;
        if (!BLOCK_TAGS.has(c.name) && !s.hasBlock) {
          loose += ' ' + textOf(c, this.skip);
          continue;
        }
        flushLoose();
        if (s.text < H.scoreMinChars) continue;
        const parent = c.parent && isElement(c.parent) ? c.parent : null;
        if (PARAGRAPHS.has(c.name) || (!s.hasBlock && !HEADINGS.has(c.name) && c.name !== 'li')) out.push({ node: c, parent, text: textOf(c, this.skip) });
        else walk(c, depth + 1);
      }
      flushLoose();
    };
    walk(this.doc, 0);
    return out;
  }

  /** The best-scoring container and its score. */
  bestCandidate(): { el: Element; score: number; scores: Map<Element, number> } | null {
    const scores = new Map<Element, number>();
    for (const p of this.paragraphs()) {
      const commas = (p.text.match(/[,，、،]/g) ?? []).length;
      const score = 1 + commas + Math.min(Math.floor(p.text.length / 100), 3);
      let node: AnyNode | null = p.parent;
      for (let level = 0; node && isElement(node) && level < 5; node = node.parent) {
        // <html> and <body> are never the article, and broken pages nest them inside it.
        if (node.name === 'html' || node.name === 'body') continue;
        const share = H.ancestorShares[Math.min(level, H.ancestorShares.length - 1)];
        const base = scores.get(node) ?? tagWeight(node.name) + classWeight(node);
        scores.set(node, base + score * share);
        level++;
      }
    }
    let best: Element | null = null;
    let bestScore = -Infinity;
    for (const [el, raw] of scores) {
      const score = raw * (1 - linkDensity(this.stats.get(el)));
      scores.set(el, score);
      if (score > bestScore) [best, bestScore] = [el, score];
    }
    return best ? { el: best, score: bestScore, scores } : null;
  }

  /** The candidate, its siblings that read like the article, in document order. */
  selection(): Element[] | null {
    const found = this.bestCandidate();
    if (!found) return null;
    let { el: top } = found;
    const { score, scores } = found;
    // A wrapper with the candidate as its only content is the same block.
    while (top.parent && isElement(top.parent) && top.parent.name !== 'body' && this.stats.get(top.parent)?.text === this.stats.get(top)?.text) {
      top = top.parent;
    }
    const parent = top.parent;
    if (!parent || !isElement(parent)) return [top];
    const threshold = Math.max(10, score * H.siblingShare);
    const siblings = parent.children.filter(isElement);
    const keep = siblings.map((s) => {
      if (s === top) return true;
      if (this.skip(s)) return false;
      const st = this.stats.get(s);
      if (!st || !st.text) return false;
      if ((scores.get(s) ?? -Infinity) >= threshold) return true;
      if (s.name !== 'p' && st.hasBlock) return false;
      const ld = linkDensity(st);
      const text = textOf(s, this.skip);
      return (st.text > 80 && ld < 0.25) || (ld === 0 && /[.!?…»"”]$/u.test(text) && st.text > 20);
    });
    // A heading joins the selection when the block after it does.
    for (let i = 0; i < siblings.length - 1; i++) if (HEADINGS.has(siblings[i].name) && keep[i + 1]) keep[i] = true;
    return siblings.filter((_, i) => keep[i]);
  }

  /** Blocks of the selected nodes, in order, with the furniture met on the way. */
  read(nodes: Element[]): Content {
    const blocks: ContentBlock[] = [];
    const removed: Removed[] = [];
    let run: string[] = [];
    let runText = 0;
    let runLinks = 0;
    /** Whether the run ends with a <br> and no text since. */
    let lineBroken = false;
    const push = (kind: BlockKind, text: string, ld: number) => {
      if (text) blocks.push({ kind, text, linkDensity: ld });
    };
    const flush = () => {
      if (run.length) push('paragraph', tidy(run.join('')), runText ? runLinks / runText : 0);
      run = [];
      runText = runLinks = 0;
      lineBroken = false;
    };
    const whole = (el: Element, kind: BlockKind) => {
      flush();
      push(kind, textOf(el, this.skip), linkDensity(this.stats.get(el)));
    };
    const visit = (node: AnyNode, depth: number) => {
      if (node.type === 'text') {
        const data = (node as unknown as { data: string }).data;
        run.push(oneLine(data));
        if (/\S/.test(data)) lineBroken = false;
        runText += collapsedLength(data);
        return;
      }
      if (!isElement(node) || depth > MAX_DEPTH) return;
      const why = this.reason(node);
      if (why) {
        if (!droppedTags.has(node.name) && node.type === 'tag') {
          const t = textOf(node);
          if (t) removed.push({ text: t.length > 300 ? t.slice(0, 300) + '…' : t, reason: why });
        }
        return;
      }
      const name = node.name;
      const st = this.stats.get(node);
      if (name === 'br') {
        // Two line breaks in a row end a paragraph written without <p>.
        if (lineBroken) flush();
        else {
          run.push('\n');
          lineBroken = true;
        }
        return;
      }
      if (!BLOCK_TAGS.has(name) && !st?.hasBlock && !name.includes('-')) {
        // Inline markup flows into the current paragraph; only its links are counted here.
        if (name === 'a') runLinks += st?.text ?? 0;
        for (const c of node.children) visit(c, depth + 1);
        return;
      }
      if (HEADINGS.has(name)) return whole(node, 'heading');
      if (name === 'p' || name === 'pre' || name === 'address' || ((name === 'dd' || name === 'dt') && !st?.hasBlock)) return whole(node, 'paragraph');
      if (name === 'figcaption') return whole(node, 'caption');
      if (name === 'blockquote' && !this.hasLongBlocks(node)) return whole(node, 'quote');
      if ((name === 'ul' || name === 'ol') && !this.hasLongBlocks(node)) return whole(node, 'list');
      if (name === 'table' && !this.hasLongBlocks(node)) {
        flush();
        push('table', this.tableText(node), linkDensity(st));
        return;
      }
      flush();
      for (const c of node.children) visit(c, depth + 1);
      flush();
    };
    for (const n of nodes) {
      visit(n, 0);
      flush();
    }
    return { blocks, removed, step: '' };
  }

  /** Whether an element holds paragraphs of its own (a layout table, a list of paragraphs). */
  private hasLongBlocks(el: Element): boolean {
    let found = false;
    const walk = (n: Element, depth: number) => {
      for (const c of n.children) {
        if (found || !isElement(c) || depth > MAX_DEPTH) continue;
        if ((c.name === 'p' || c.name === 'div' || c.name === 'table') && (this.stats.get(c)?.text ?? 0) > 200) found = true;
        else walk(c, depth + 1);
      }
    };
    walk(el, 0);
    return found;
  }

  private tableText(table: Element): string {
    const rows: string[] = [];
    const walk = (n: Element, depth: number) => {
      for (const c of n.children) {
        if (!isElement(c) || depth > MAX_DEPTH || this.skip(c)) continue;
        if (c.name === 'tr') {
          const cells = c.children.filter(isElement).map((cell) => textOf(cell, this.skip).replace(/\n/g, ' ')).filter(Boolean);
          if (cells.length) rows.push(cells.join(' | '));
        } else walk(c, depth + 1);
      }
    };
    walk(table, 0);
    return rows.join('\n');
  }
}

const textLength = (c: Content) => c.blocks.reduce((n, b) => n + (b.linkDensity < H.maxLinkDensity ? b.text.length : 0), 0);

export function extractContent(doc: Document): Content {
  let fallback: Content | null = null;
  for (const mode of ['strict', 'lenient'] as const) {
    const reader = new Reader(doc, mode);
    const nodes = reader.selection();
    if (!nodes) continue;
    const content = { ...reader.read(nodes), step: `html-${mode}` };
    if (textLength(content) >= H.minArticleChars) return content;
    if (!fallback || textLength(content) > textLength(fallback)) fallback = content;
  }
  const reader = new Reader(doc, 'strict');
  const all = { ...reader.read([...new Set(reader.paragraphs().map((p) => p.node))]), step: 'html-paragraphs' };
  if (!fallback || textLength(all) > textLength(fallback)) fallback = all;
  return fallback;
}
