// Test helper: runs the quote, event and claim stages over a text whose entities, places and
// dates are given by hand (the upstream stages are tested on their own).
import type { Article, Block } from '../../src/model/reading.js';
import type { Doc } from '../../src/core/doc.js';
import { runStages } from '../../src/core/stage.js';
import { annotatedDoc, READING_STAGES, type Annotations } from '../../src/eval/oracle.js';
import { getPack } from '../../src/lang/index.js';

export function article(text: string, lang: string, published: string | null, title = false): Article {
  const blocks: Block[] = [];
  for (const m of text.matchAll(/[^\n]+(?:\n(?!\n)[^\n]+)*/g)) {
    blocks.push({ kind: title && blocks.length === 0 ? 'title' : 'paragraph', text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return {
    id: 'test', url: null, file: null, lang, title: null, published, publishedBasis: published ? 'given' : 'unknown',
    authors: [], site: null, text, blocks, removed: [], extractor: 'test',
  };
}

export function read(text: string, lang: 'fr' | 'en', ann: Partial<Annotations>, published: string | null = '2024-05-10', title = false): Doc {
  const pack = getPack(lang);
  const doc = annotatedDoc(article(text, lang, published, title), { entities: [], places: [], dates: [], ...ann }, pack);
  return runStages(READING_STAGES, doc, { pack, gazetteer: null });
}

/** The name of the entity with this id in the doc. */
export function nameOf(doc: Doc, id: string | null): string | null {
  return id ? doc.entities.find((e) => e.id === id)?.name ?? null : null;
}

export function placeOf(doc: Doc, id: string | null): string | null {
  return id ? doc.places.find((p) => p.id === id)?.name ?? null : null;
}

/** The span of the first occurrence of `part` in `text`, for asserting offsets. */
export function spanIn(text: string, part: string, from = 0): { start: number; end: number; text: string } {
  const start = text.indexOf(part, from);
  if (start < 0) throw new Error(`"${part}" not in text`);
  return { start, end: start + part.length, text: part };
}
