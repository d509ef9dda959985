// A parsed page (htmlparser2's DOM) and the per-element measures the extractor scores with,
// computed once, bottom-up. Depth is bounded so that hostile nesting cannot exhaust the stack.
import { parseDocument } from 'htmlparser2';
import type { AnyNode, Document, Element } from 'domhandler';

export type { AnyNode, Document, Element };

export const MAX_DEPTH = 400;

/** Tags that start a new block of text; everything else flows inline. */
export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'details', 'dialog', 'dd', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'nav', 'ol',
  'p', 'pre', 'section', 'table', 'ul', 'tr', 'td', 'th', 'tbody', 'thead', 'tfoot', 'caption', 'center', 'summary',
  'body', 'html', 'menu', 'br',
]);

export interface Stats {
  /** Characters of text, whitespace runs counted as one. */
  text: number;
  /** Characters of text inside links. */
  links: number;
  /** Whether a block-level element lies below. */
  hasBlock: boolean;
}

export function parseHtml(html: string): Document {
  const doc = parseDocument(boundNesting(html), { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  closeHeadAtContent(doc);
  return doc;
}

/** What the HTML standard lets <head> hold; anything else starts the body. */
const HEAD_TAGS = new Set(['meta', 'title', 'link', 'script', 'style', 'base', 'noscript', 'template']);

/**
 * Pages that never close <head> nor open <body> leave their whole text inside <head> for
 * htmlparser2, which, unlike a browser, does not end the head at the first element of content:
 * that element and all after it are moved out, beside the head.
 */
function closeHeadAtContent(doc: Document): void {
  const html = doc.children.find((c): c is Element => isElement(c) && c.name === 'html');
  const parent: Document | Element = html ?? doc;
  const head = parent.children.find((c): c is Element => isElement(c) && c.name === 'head');
  if (!head) return;
  const at = head.children.findIndex((c) => (isElement(c) ? !HEAD_TAGS.has(c.name) : c.type === 'text' && /\S/.test((c as unknown as { data: string }).data)));
  if (at < 0) return;
  const moved = head.children.splice(at);
  parent.children.splice(parent.children.indexOf(head) + 1, 0, ...moved);
  for (const n of [head, ...moved]) n.parent = parent;
  const relink = (nodes: AnyNode[]) => nodes.forEach((n, i) => ((n.prev = nodes[i - 1] ?? null), (n.next = nodes[i + 1] ?? null)));
  relink(head.children);
  relink(parent.children);
}

const isNameChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45;

/** Open elements beyond this depth are cut off: nothing that deep is read, and htmlparser2's time grows with depth times tags. */
const MAX_OPEN = 1000;
/** Elements that never hold others, or that the next sibling closes, and so never deepen the tree. */
const FLAT = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'option', 'tr', 'td', 'th',
]);

/**
 * The page up to the point where elements nest deeper than MAX_OPEN (hostile or broken pages:
 * 50 000 nested divs), found by a scan over tag openings that skips comments, scripts and styles.
 */
export function boundNesting(html: string): string {
  let depth = 0;
  for (let i = html.indexOf('<'); i >= 0 && i < html.length; i = html.indexOf('<', i + 1)) {
    const next = html.charCodeAt(i + 1);
    if (next === 33 /* ! */) {
      if (html.startsWith('<!--', i)) i = Math.max(i, html.indexOf('-->', i + 4));
      if (i < 0) break;
      continue;
    }
    const closing = next === 47; /* / */
    let end = i + (closing ? 2 : 1);
    while (end < html.length && isNameChar(html.charCodeAt(end))) end++;
    const name = html.slice(i + (closing ? 2 : 1), end).toLowerCase();
    if (!name) continue;
    if (closing) {
      if (!FLAT.has(name)) depth = Math.max(0, depth - 1);
      continue;
    }
    const close = html.indexOf('>', end);
    if (close < 0) break;
    if (name === 'script' || name === 'style' || name === 'textarea' || name === 'title') {
      const after = html.indexOf(`</${name}`, close);
      if (after < 0) break;
      i = after;
      continue;
    }
    if (FLAT.has(name) || html.charCodeAt(close - 1) === 47) continue;
    if (++depth > MAX_OPEN) return html.slice(0, i);
  }
  return html;
}

export function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

export function attr(el: Element, name: string): string {
  return el.attribs[name] ?? '';
}

export function collapsedLength(s: string): number {
  let n = 0;
  let space = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ws = c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 160;
    if (!ws) n++;
    else if (!space) n++;
    space = ws;
  }
  return n;
}

export function measure(root: AnyNode, skip: (el: Element) => boolean): Map<Element, Stats> {
  const stats = new Map<Element, Stats>();
  const visit = (node: AnyNode, depth: number, inLink: boolean): Stats => {
    const s: Stats = { text: 0, links: 0, hasBlock: false };
    if (node.type === 'text') {
      s.text = collapsedLength((node as unknown as { data: string }).data);
      if (inLink) s.links = s.text;
      return s;
    }
    if (!('children' in node) || depth > MAX_DEPTH) return s;
    const el = isElement(node) ? node : null;
    if (el && skip(el)) return s;
    const link = inLink || el?.name === 'a';
    for (const child of node.children) {
      const c = visit(child, depth + 1, link);
      s.text += c.text;
      s.links += c.links;
      if (c.hasBlock || (isElement(child) && BLOCK_TAGS.has(child.name))) s.hasBlock = true;
    }
    if (el) stats.set(el, s);
    return s;
  };
  visit(root, 0, false);
  return stats;
}

/** The text of a node: whitespace collapsed, <br> as a line break, lines trimmed. */
export function textOf(node: AnyNode, skip: (el: Element) => boolean = () => false): string {
  const parts: string[] = [];
  const walk = (n: AnyNode, depth: number) => {
    if (n.type === 'text') parts.push(oneLine((n as unknown as { data: string }).data));
    else if (isElement(n)) {
      if (depth > MAX_DEPTH || skip(n)) return;
      if (n.name === 'br') parts.push('\n');
      else {
        const block = BLOCK_TAGS.has(n.name);
        if (block) parts.push('\n');
        for (const c of n.children) walk(c, depth + 1);
        if (block) parts.push('\n');
      }
    } else if ('children' in n) for (const c of n.children) walk(c, depth + 1);
  };
  walk(node, 0);
  return tidy(parts.join(''));
}

/** Source line breaks inside text are spaces; only <br> and block edges break lines. */
export function oneLine(s: string): string {
  // Most text is already one line with single spaces: a scan without allocation settles it.
  return LINE_BREAK_OR_RUN.test(s) ? s.replace(/\s+/g, ' ') : s;
}
const LINE_BREAK_OR_RUN = /[^\S ]| {2}/;

/** Soft hyphens only say where a word may break; left in, they split words for every reader after. */
const SOFT_HYPHEN = /\u00ad/g;

export function tidy(s: string): string {
  return (s.includes('\u00ad') ? s.replace(SOFT_HYPHEN, '') : s)
    .split('\n')
    .map((l) => l.replace(/[\s\u00a0\u200b]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
