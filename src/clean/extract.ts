// Raw page → clean Article. The cascade: decode the bytes; HTML goes to the block extractor
// (html-content.ts, with the metadata of html-metadata.ts), flattened text to the line
// classifier (text-lines.ts); the kept blocks are joined by blank lines and indexed.
import { createHash } from 'node:crypto';
import type { Article, Block } from '../model/reading.js';
import type { RawPage } from '../sources/raw.js';
import { decodeBytes } from './decode.js';
import { looksLikeHtml, extractFromHtml } from './html.js';
import { extractFromText } from './text-lines.js';
import { identifyLanguage } from './language.js';
import type { Extraction } from './extraction.js';

export interface ExtractOptions {
  /** Forces the language instead of identifying it. */
  readonly lang?: string;
  /** Publication date given by the user, YYYY-MM-DD; wins over the page's metadata. */
  readonly published?: string;
}

/** The Extraction of a page's text: HTML or flattened text. */
export function extractText(source: string, contentType: string | null): Extraction {
  return looksLikeHtml(source, contentType) ? extractFromHtml(source) : extractFromText(source);
}

export function extractArticle(raw: RawPage, options: ExtractOptions = {}): Article {
  const { text: source } = decodeBytes(raw.bytes, raw.contentType);
  const x = extractText(source, raw.contentType);
  const blocks: Block[] = [];
  let text = '';
  for (const b of x.blocks) {
    if (text) text += '\n\n';
    blocks.push({ kind: b.kind, text: b.text, start: text.length, end: text.length + b.text.length });
    text += b.text;
  }
  const metaDate = raw.published ?? x.published;
  const published = options.published ?? metaDate;
  return {
    id: createHash('sha256').update(text).digest('hex').slice(0, 16),
    url: raw.url,
    file: raw.file,
    lang: options.lang ?? identifyLanguage(text, x.htmlLang),
    title: x.title,
    published: published ?? null,
    publishedBasis: options.published ? 'given' : metaDate ? 'metadata' : 'unknown',
    authors: x.authors,
    site: x.site ?? siteOf(raw.url),
    text,
    blocks,
    removed: x.removed,
    extractor: x.extractor,
  };
}

function siteOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}
