// The main text of an HTML page. Paragraph-like nodes score their ancestors (text length, commas,
// link density, body markup), the best ancestor and its worthy siblings are read in order as
// blocks (headings, paragraphs, lists, tables, quotes, captions), and blocks that are links or
// site furniture are dropped. Cascade: strict (furniture classes pruned) → lenient → every paragraph.
import type { AnyNode, Document, Element, Stats } from './dom.js';
import { BLOCK_TAGS, attr, collapsedLength, isElement, measure, oneLine, textOf, tidy, MAX_DEPTH } from './dom.js';
import { CLEAN } from './config.js';
import { bodyItemprops, contentClass, droppedTags, furnitureClass, furnitureRoles, leadClass, mediaClass, commentClass, widgetClass } from '../lang/shared/html-furniture.js';
import type { BlockKind, Removed } from '../model/reading.js';

const H = CLEAN.html;
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const PARAGRAPHS = new Set(['p', 'pre', 'td', 'dd', 'blockquote', 'address']);
const EXEMPT = new Set(['html', 'body', 'article', 'main']);
/** Dropped tags that cannot wrap an article even in broken markup. */
const NEVER_TEXT = new Set(['head', 'title', 'template', 'svg', 'canvas', 'iframe', 'object', 'embed', 'video', 'audio', 'select', 'textarea', 'button', 'picture', 'map']);
const NONE: ReadonlySet<Element> = new Set();

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

/** Landmarks of the main content: what wraps one is not furniture, whatever its markup says. */
function isMainLandmark(el: Element): boolean {
  return el.name === 'main' || attr(el, 'role') === 'main' || attr(el, 'itemprop').toLowerCase() === 'articlebody';
}

/**
 * The elements that wrap a main landmark. Broken pages leave a header, a "footer-wrap" or a
 * banner unclosed around the whole article; pruning those would prune the article.
 */
function landmarkAncestors(doc: Document): Set<Element> {
  const out = new Set<Element>();
  const walk = (node: AnyNode, depth: number) => {
    if (!isElement(node) && node.type !== 'root') return;
    if (depth > MAX_DEPTH) return;
    if (isElement(node) && isMainLandmark(node)) {
      for (let p = node.parent; p && isElement(p) && !out.has(p); p = p.parent) out.add(p);
    }
    for (const c of (node as Element).children) walk(c, depth + 1);
  };
  walk(doc, 0);
  return out;
}

/** Why an element is not article text, or null. */
function furnitureReason(el: Element, mode: Mode, wrapsMain: ReadonlySet<Element> = NONE): string | null {
  const wraps = wrapsMain.has(el);
  if (el.type !== 'tag' || (droppedTags.has(el.name) && (!wraps || NEVER_TEXT.has(el.name)))) return el.name;
  if (hidden(el)) return 'hidden';
  if (wraps) return null;
  const role = attr(el, 'role');
  if (role && furnitureRoles.has(role)) return `role:${role}`;
  if (EXEMPT.has(el.name)) return null;
  const names = `${attr(el, 'class')} ${attr(el, 'id')}`;
  if (names.length > 1 && widgetClass.test(names)) return `class:${names.trim().slice(0, 60)}`;
  if (names.length > 1 && (mode === 'strict' ? furnitureClass : commentClass).test(names) && !contentClass.test(names) && !bodyItemprops.has(attr(el, 'itemprop').toLowerCase())) {
    return `class:${names.trim().slice(0, 60)}`;
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

/** Levels above the selection, and depth below, searched for a lede set apart from the body. */
const LEDE_LEVELS = 4;
const LEDE_DEPTH = 6;
const LEDE_CHARS = { min: 40, max: 1500 };
const LEDE_MEDIA = new Set(['figure', 'figcaption', 'img', 'picture', 'video']);

/** Text and link text of an element, skipping only what never holds text. */
function looseStats(el: Element): Stats {
  return measure(el, (e) => furnitureReason(e, 'lenient') !== null).get(el) ?? { text: 0, links: 0, hasBlock: false };
}

class Reader {
  readonly stats: Map<Element, Stats>;
  readonly skip: (el: Element) => boolean;
  private readonly reasons = new Map<Element, string | null>();

  constructor(
    readonly doc: Document,
    readonly mode: Mode,
    readonly wrapsMain: ReadonlySet<Element>,
  ) {
    this.skip = (el) => this.reason(el) !== null;
    this.stats = measure(doc, this.skip);
  }

  reason(el: Element): string | null {
    let r = this.reasons.get(el);
    if (r === undefined) {
      r = furnitureReason(el, this.mode, this.wrapsMain);
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

  /**
   * The ancestor of the best candidate that also holds enough of its close rivals: page builders
   * split one article into columns and rows, each scored alone, none much above the others.
   */
  private sharedAncestor(best: Element, score: number, scores: Map<Element, number>): Element {
    const rivals: Element[] = [];
    for (const [el, s] of scores) if (el !== best && s >= score * H.rivalShare) rivals.push(el);
    if (rivals.length < H.minRivals) return best;
    const around = new Set<AnyNode>();
    for (let p = best.parent; p; p = p.parent) around.add(p);
    const counts = new Map<Element, number>();
    let apart = 0;
    for (const r of rivals) {
      // A rival inside the best candidate, or around it, is the same block of text.
      if (around.has(r)) continue;
      const chain: Element[] = [];
      let p: AnyNode | null = r.parent;
      for (; p && isElement(p) && p !== best; p = p.parent) chain.push(p);
      if (p === best) continue;
      apart++;
      for (const a of chain) counts.set(a, (counts.get(a) ?? 0) + 1);
    }
    for (let p = best.parent, level = 0; p && isElement(p) && p.name !== 'body' && p.name !== 'html' && level < H.rivalLevels; p = p.parent, level++) {
      if ((counts.get(p) ?? 0) >= Math.max(H.minRivals, apart / 2) && !this.skip(p)) return p;
    }
    return best;
  }

  /** The candidate, its siblings that read like the article, in document order. */
  selection(): Element[] | null {
    const found = this.bestCandidate();
    if (!found) return null;
    const { score, scores } = found;
    let top = this.sharedAncestor(found.el, score, scores);
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

  /**
   * The lede or standfirst that templates put in the article's header, before the body and
   * outside it: the nearest element before the selection whose class names it so, or a line
   * of a <header> or <hgroup> under the title.
   */
  lede(nodes: Element[]): ContentBlock | null {
    let child: Element | undefined = nodes[0];
    for (let level = 0; child && level < LEDE_LEVELS; level++) {
      const parent: AnyNode | null = child.parent;
      if (!parent || !isElement(parent) || parent.name === 'body' || parent.name === 'html') return null;
      const before = parent.children.slice(0, parent.children.indexOf(child)).filter(isElement);
      for (let i = before.length - 1; i >= 0; i--) {
        const found = this.findLede(before[i], 0);
        if (found) return found;
      }
      child = parent;
    }
    return null;
  }

  private findLede(el: Element, depth: number): ContentBlock | null {
    if (depth > LEDE_DEPTH || furnitureReason(el, 'lenient') || el.name === 'figure' || HEADINGS.has(el.name) && el.name !== 'h2') return null;
    const names = `${attr(el, 'class')} ${attr(el, 'id')}`;
    if (mediaClass.test(names)) return null;
    const parent = el.parent && isElement(el.parent) ? el.parent.name : '';
    const headerLine = (el.name === 'p' || el.name === 'h2') && (parent === 'header' || parent === 'hgroup');
    if ((headerLine || leadClass.test(names)) && !contains(el, (c) => HEADINGS.has(c.name) || LEDE_MEDIA.has(c.name))) {
      const st = looseStats(el);
      if (st.text < LEDE_CHARS.min || st.text > LEDE_CHARS.max || linkDensity(st) > H.shortMaxLinkDensity) return null;
      return { kind: 'paragraph', text: textOf(el, (e) => furnitureReason(e, 'lenient') !== null), linkDensity: linkDensity(st) };
    }
    const children = el.children.filter(isElement);
    for (let i = children.length - 1; i >= 0; i--) {
      const found = this.findLede(children[i], depth + 1);
      if (found) return found;
    }
    return null;
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

/** Whether an element below matches: a header block with the title or a picture is not the lede itself. */
function contains(el: Element, match: (c: Element) => boolean, depth = 0): boolean {
  return depth < MAX_DEPTH && el.children.some((c) => isElement(c) && (match(c) || contains(c, match, depth + 1)));
}

const textLength = (c: Content) => c.blocks.reduce((n, b) => n + (b.linkDensity < H.maxLinkDensity ? b.text.length : 0), 0);

/** The selection of one reading mode, with the lede set apart before it, or null. */
function readMode(doc: Document, mode: Mode, wrapsMain: ReadonlySet<Element>): Content | null {
  const reader = new Reader(doc, mode, wrapsMain);
  const nodes = reader.selection();
  if (!nodes) return null;
  const read = reader.read(nodes);
  const lede = reader.lede(nodes);
  const repeated = lede && read.blocks.some((b) => b.text.includes(lede.text.slice(0, 60)));
  return { ...read, blocks: lede && !repeated ? [lede, ...read.blocks] : read.blocks, step: `html-${mode}` };
}

const longest = (xs: (Content | null)[]) => xs.reduce<Content | null>((a, b) => (b && (!a || textLength(b) > textLength(a)) ? b : a), null);

/**
 * Strict reading first. A short strict reading is checked against the lenient one (furniture
 * classes kept): a page whose template marks its article with a furniture class ("above-footer",
 * "teaser") shows as a lenient reading many times longer. Every paragraph of the page is the last resort.
 */
export function extractContent(doc: Document): Content {
  const wrapsMain = landmarkAncestors(doc);
  const strict = readMode(doc, 'strict', wrapsMain);
  const n = strict ? textLength(strict) : 0;
  if (strict && n >= H.trustedArticleChars) return strict;
  const lenient = readMode(doc, 'lenient', wrapsMain);
  if (lenient && textLength(lenient) >= H.minArticleChars && textLength(lenient) >= n * H.lenientRatio) return lenient;
  if (strict && n >= H.minArticleChars) return strict;
  const reader = new Reader(doc, 'strict', wrapsMain);
  const all = { ...reader.read([...new Set(reader.paragraphs().map((p) => p.node))]), step: 'html-paragraphs' };
  return longest([strict, lenient, all])!;
}

