// Raw page → clean Article. (Stub: plain UTF-8 text, paragraphs on blank lines.)
import type { Article, Block } from '../model/reading.js';
import type { RawPage } from '../sources/raw.js';

export interface ExtractOptions {
  /** Forces the language instead of identifying it. */
  readonly lang?: string;
  /** Publication date given by the user, YYYY-MM-DD; wins over the page's metadata. */
  readonly published?: string;
}

export function extractArticle(raw: RawPage, options: ExtractOptions = {}): Article {
  const source = new TextDecoder().decode(raw.bytes);
  const paragraphs = source.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const blocks: Block[] = [];
  let text = '';
  for (const [i, p] of paragraphs.entries()) {
    if (text) text += '\n\n';
    blocks.push({ kind: i === 0 ? 'title' : 'paragraph', text: p, start: text.length, end: text.length + p.length });
    text += p;
  }
  const published = options.published ?? raw.published;
  return {
    id: '',
    url: raw.url,
    file: raw.file,
    lang: options.lang ?? 'fr',
    title: paragraphs[0] ?? null,
    published: published ?? null,
    publishedBasis: options.published ? 'given' : published ? 'metadata' : 'unknown',
    authors: [],
    site: null,
    text,
    blocks,
    removed: [],
    extractor: 'text',
  };
}
