// HTML page → Extraction: metadata (html-metadata.ts), main blocks (html-content.ts), then the
// block filter: link lists, furniture phrases, teaser runs, the visible byline and dateline,
// and the title repeated at the top of the body.
import { parseHtml, textOf, tidy } from './dom.js';
import { readMetadata } from './html-metadata.js';
import { extractContent, type ContentBlock } from './html-content.js';
import { CLEAN } from './config.js';
import { furnitureMatcher, normaliseLine } from './furniture.js';
import { parseByline, parseDateline } from './byline.js';
import type { Extraction, DraftBlock } from './extraction.js';
import type { Removed } from '../model/reading.js';

const H = CLEAN.html;
const HTML_SNIFF = /<(!doctype html|html|head|body|meta|title|div|p|article|span|a|br|table|h[1-6]|ul|li|section|script)[\s>/]/gi;

export function looksLikeHtml(source: string, contentType: string | null): boolean {
  if (contentType && /html|xml/i.test(contentType)) return true;
  const head = source.slice(0, 4096);
  if (/^\s*(<!doctype html|<html|<\?xml|<!--|<(head|body|div|p|article|section|main|span|table|meta|title)[\s>/])/i.test(head)) return true;
  return (head.match(HTML_SNIFF) ?? []).length >= 3;
}

/** Where the teaser run that a marker opens stops: at the first real paragraph. */
const endsTeasers = (b: ContentBlock) => b.kind === 'paragraph' && b.text.length > 150 && b.linkDensity < 0.1;

/** The blocks kept, and what was dropped; `titles` are the wordings of the title, any of which the body's top may repeat. */
function filterBlocks(blocks: ContentBlock[], titles: string[]) {
  const furniture = furnitureMatcher();
  const kept: DraftBlock[] = [];
  /** Index in `blocks` of each kept block. */
  const keptAt: number[] = [];
  const removed: Removed[] = [];
  const authors: string[] = [];
  let published: string | null = null;
  let inTeasers = false;
  const seen = new Set<string>();
  const titleKeys = new Set(titles.map(normaliseLine));
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    const drop = (reason: string) => removed.push({ text: b.text, reason });
    // Photo captions describe a picture, often of another day: not the article's text; those
    // outside a <figcaption> show themselves by the credit they end with.
    if (b.kind === 'caption' || (b.text.length < H.captionMaxChars && furniture.isCredit(b.text))) {
      drop('caption');
      continue;
    }
    const short = b.text.length < H.shortBlockChars;
    if (b.linkDensity > (short ? H.shortMaxLinkDensity : H.maxLinkDensity)) {
      drop('links');
      continue;
    }
    const kind = b.text.length < 200 ? furniture.classify(b.text) : null;
    if (kind === 'tail-marker' && i > blocks.length / 2) {
      for (const rest of blocks.slice(i)) removed.push({ text: rest.text, reason: 'page-tail' });
      break;
    }
    if (kind) {
      inTeasers ||= kind === 'teaser-marker';
      drop(kind);
      continue;
    }
    if (inTeasers && !endsTeasers(b)) {
      drop('teaser');
      continue;
    }
    inTeasers = false;
    // Galleries and sticky headers repeat their text; the first copy is enough.
    const key = normaliseLine(b.text);
    if (key.length > 20 && seen.has(key)) {
      drop('duplicate');
      continue;
    }
    seen.add(key);
    if (kept.length < 3 && titleKeys.has(key)) {
      drop('title');
      continue;
    }
    const edge = kept.length < 4 || i >= blocks.length - 2;
    if (edge && short) {
      const names = parseByline(b.text);
      if (names) {
        authors.push(...names);
        drop('byline');
        continue;
      }
      const date = parseDateline(b.text);
      if (date) {
        published ??= date;
        drop('dateline');
        continue;
      }
    }
    kept.push({ kind: b.kind, text: b.text });
    keptAt.push(i);
  }
  return { kept: dropOrphanHeadings(kept, keptAt, removed), removed, authors, published };
}

/**
 * Headings left with no text of their own: the title of a related-links or teaser block whose
 * items were dropped, followed by nothing kept but another heading or the end of the page.
 */
function dropOrphanHeadings(kept: DraftBlock[], keptAt: number[], removed: Removed[]): DraftBlock[] {
  return kept.filter((b, k) => {
    if (b.kind !== 'heading') return true;
    const next = kept[k + 1];
    const emptied = !next || (next.kind === 'heading' && keptAt[k + 1] > keptAt[k] + 1);
    if (emptied) removed.push({ text: b.text, reason: 'orphan-heading' });
    return !emptied;
  });
}

/** The JSON-LD articleBody as paragraphs, when it holds far more text than the page shows. */
function declaredBody(body: string | null, shown: DraftBlock[]): DraftBlock[] | null {
  if (!body) return null;
  const text = body.includes('<') ? textOf(parseHtml(body)) : tidy(body);
  const shownChars = shown.reduce((n, b) => n + b.text.length, 0);
  if (text.length < H.minArticleChars || text.length < shownChars * H.lenientRatio) return null;
  return text.split('\n').map((line) => ({ kind: 'paragraph', text: line }));
}

export function extractFromHtml(source: string): Extraction {
  const doc = parseHtml(source.length > H.maxChars ? source.slice(0, H.maxChars) : source);
  const meta = readMetadata(doc);
  const content = extractContent(doc);
  const f = filterBlocks(content.blocks, meta.titles);
  const declared = declaredBody(meta.body, f.kept);
  const kept = declared ?? f.kept;
  const blocks: DraftBlock[] = meta.title ? [{ kind: 'title', text: meta.title }, ...kept] : kept;
  return {
    title: meta.title,
    blocks,
    removed: [...content.removed, ...f.removed],
    authors: meta.authors.length ? meta.authors : f.authors,
    published: meta.published ?? f.published,
    extractor: declared ? 'json-ld' : content.step,
    site: meta.site,
    htmlLang: meta.lang,
  };
}
